// The desk export (/api/export?format=csv&status=FALSE&...): any desk user may export published
// claims; drafts need 'export:drafts' (editors, admins). Every check runs before the first byte,
// so a refusal is a clean 4xx with one line, never a file that looks complete.
import { authorize } from '@/lib/auth/current-user';
import { checkExportTargets, exportPool, readExportClaims } from '@/lib/data/export-claims';
import { getEnv } from '@/lib/env';
import { includesDrafts, parseExportRequest } from '@/lib/export/filters';
import { exportDownload, refusal } from '@/lib/export/response';
import { databaseUnavailableResponse, isDatabaseUnavailable } from '@/lib/http/database-unavailable';
import { can } from '@/lib/permissions';
import { getPublicSite } from '@/lib/public-site';

export const dynamic = 'force-dynamic';

export async function GET(request: Request): Promise<Response> {
  try {
    return await deskExport(request);
  } catch (error) {
    if (isDatabaseUnavailable(error)) return databaseUnavailableResponse();
    throw error;
  }
}

async function deskExport(request: Request): Promise<Response> {
  const access = await authorize('desk:read');
  if (!access.ok) return refusal(access.status, access.message);
  const parsed = parseExportRequest(new URL(request.url).searchParams);
  if (!parsed.ok) return refusal(400, parsed.reason);
  const { format, filters } = parsed.value;
  if (includesDrafts(filters) && !can(access.user.role, 'export:drafts')) {
    return refusal(403, 'Your role may export published claims only: exporting drafts needs an editor.');
  }
  const db = exportPool(getEnv().DATABASE_URL);
  const missing = await checkExportTargets(db, filters);
  if (missing) return refusal(400, missing);
  const markupOnly = format === 'claimreview' || format === 'factcheck';
  // Reads the first page before answering: an outage is a 503, not a 200 cut short.
  return exportDownload({
    request: parsed.value,
    site: getPublicSite(),
    clientSignal: request.signal,
    readPages: (signal) => readExportClaims(db, filters, { signal, markupOnly }),
    // The file may hold drafts: no shared cache may keep it.
    cacheControl: 'private, no-store',
  });
}
