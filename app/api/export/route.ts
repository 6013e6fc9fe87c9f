// The desk export (/api/export?format=csv&status=FALSE&...): any desk user may export published
// claims; drafts need 'export:drafts' (editors, admins). Every check runs before the first byte,
// so a refusal is a clean 4xx with one line, never a file that looks complete.
import { authorize } from '@/lib/auth/current-user';
import { checkExportTargets, exportPool, readExportClaims } from '@/lib/data/export-claims';
import { getEnv } from '@/lib/env';
import { exportRefusal, includesDrafts, parseExportRequest } from '@/lib/export/filters';
import { describeExportRefusal } from '@/lib/export/refusal-text';
import { exportDownload, refusal } from '@/lib/export/response';
import { databaseUnavailableResponse, isDatabaseUnavailable } from '@/lib/http/database-unavailable';
import { can } from '@/lib/permissions';
import { getPublicSite } from '@/lib/public-site';
import { getDefaultLocale } from '@/lib/i18n/default-locale';
import { localise } from '@/lib/i18n/localise';
import { editorLocaleOfRequest, localeOfRequest } from '@/lib/i18n/request-locale';

export const dynamic = 'force-dynamic';

export async function GET(request: Request): Promise<Response> {
  try {
    return await deskExport(request);
  } catch (error) {
    if (isDatabaseUnavailable(error)) return databaseUnavailableResponse(localeOfRequest(request, getDefaultLocale()));
    throw error;
  }
}

async function deskExport(request: Request): Promise<Response> {
  const access = await authorize('desk:read');
  // Refusals in the editor's language: the profile's choice, else what the browser asks for.
  const locale = editorLocaleOfRequest(request, access.ok ? access.user : null, getDefaultLocale());
  if (!access.ok) return refusal(access.status, localise(locale, access.message));
  const parsed = parseExportRequest(new URL(request.url).searchParams);
  if (!parsed.ok) return refusal(400, describeExportRefusal(locale, parsed.reason));
  const { format, filters } = parsed.value;
  if (includesDrafts(filters) && !can(access.user.role, 'export:drafts')) {
    return refusal(403, describeExportRefusal(locale, exportRefusal('draftsNeedEditor')));
  }
  const db = exportPool(getEnv().DATABASE_URL);
  const missing = await checkExportTargets(db, filters);
  if (missing) return refusal(400, describeExportRefusal(locale, missing));
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
