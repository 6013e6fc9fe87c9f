// The public feeds of published verdicts (/claims.csv, /claims.json), for readers and researchers,
// logged out. No session is consulted on purpose: whoever asks, even a signed-in editor, gets
// published claims only, so a feed can never carry a draft. Refusals are in the reader's language
// (the language cookie, then Accept-Language, then DEFAULT_LOCALE).
import 'server-only';
import { checkExportTargets, exportPool, readExportClaims } from '@/lib/data/export-claims';
import { getEnv } from '@/lib/env';
import { exportRefusal, includesDrafts, parseFilters, type ExportFormat } from '@/lib/export/filters';
import { describeExportRefusal } from '@/lib/export/refusal-text';
import { getDefaultLocale } from '@/lib/i18n/default-locale';
import { localeOfRequest } from '@/lib/i18n/request-locale';
import { exportDownload, refusal } from '@/lib/export/response';
import { databaseUnavailableResponse, isDatabaseUnavailable } from '@/lib/http/database-unavailable';
import { getPublicSite } from '@/lib/public-site';

/**
 * /claims.json shows in the browser (no attachment header) unless `?download=1` asks for a file;
 * /claims.csv is always a download (a browser would only offer to save it anyway).
 */
export function feedDisposition(format: 'csv' | 'json', params: URLSearchParams): 'attachment' | 'inline' | null {
  const download = params.getAll('download');
  if (download.length > 1 || (download.length === 1 && download[0] !== '1' && download[0] !== '0')) return null;
  return format === 'csv' || download[0] === '1' ? 'attachment' : 'inline';
}

export async function publicFeed(request: Request, format: Extract<ExportFormat, 'csv' | 'json'>): Promise<Response> {
  const locale = localeOfRequest(request, getDefaultLocale());
  const params = new URL(request.url).searchParams;
  const disposition = feedDisposition(format, params);
  if (!disposition) return refusal(400, describeExportRefusal(locale, exportRefusal('badDownload')));
  const parsed = parseFilters(params, ['download']);
  if (!parsed.ok) return refusal(400, describeExportRefusal(locale, parsed.reason));
  const filters = parsed.value;
  if (includesDrafts(filters)) return refusal(403, describeExportRefusal(locale, exportRefusal('draftsNotPublic')));
  const db = exportPool(getEnv().DATABASE_URL);
  try {
    const missing = await checkExportTargets(db, filters);
    if (missing) return refusal(400, describeExportRefusal(locale, missing));
    // Reads the first page before answering: an outage is a 503, never a cacheable 200 cut short.
    return await exportDownload({
      request: { format, filters },
      site: getPublicSite(),
      clientSignal: request.signal,
      readPages: (signal) => readExportClaims(db, filters, { signal }),
      cacheControl: 'public, max-age=300',
      disposition,
    });
  } catch (error) {
    if (isDatabaseUnavailable(error)) return databaseUnavailableResponse(locale);
    throw error;
  }
}
