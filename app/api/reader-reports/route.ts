// POST /api/reader-reports: a reader's tip or error report, for clients other than the site's own
// forms (which use the form action). Form-encoded or JSON fields: kind (TIP | ERROR), text, email
// (optional), claimId (for ERROR). 201 when stored; 400, 404, 413 or 429 with a one-line reason.
import { readBoundedText } from '@/lib/http/bounded-body';
import { clientAddress } from '@/lib/http/client-address';
import { getDefaultLocale } from '@/lib/i18n/default-locale';
import { localise } from '@/lib/i18n/localise';
import { isCrossSite } from '@/lib/http/same-origin';
import { submitReaderReport } from '@/lib/reader-reports/submit';

export const dynamic = 'force-dynamic';

/** Far above a 5,000-character report with its fields; anything larger is not a report. */
const MAX_BODY_BYTES = 64 * 1024;

function answer(status: number, body: Record<string, unknown>): Response {
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });
}

/** The fields of a JSON or form body already read (within the size limit); null for anything else. */
function parseFields(type: string, text: string): Record<string, unknown> | null {
  try {
    if (type.startsWith('application/json')) {
      const body: unknown = JSON.parse(text);
      return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : null;
    }
    if (type.startsWith('application/x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(text));
  } catch {
    return null;
  }
  return null;
}

export async function POST(request: Request): Promise<Response> {
  const locale = getDefaultLocale();
  // A hostile page must not make its visitors' browsers post for it (each would bring its own allowance).
  if (isCrossSite(request.headers)) return answer(403, { error: localise(locale, 'Actions.crossSite') });
  // Read within the limit even when no length is declared (a chunked body).
  const text = await readBoundedText(request, MAX_BODY_BYTES);
  if (text === null) return answer(413, { error: localise(locale, 'ReaderReports.textTooLong') });
  const fields = parseFields(request.headers.get('content-type') ?? '', text);
  if (!fields) return answer(400, { error: localise(locale, 'ReaderReports.badBody') });
  const outcome = await submitReaderReport(fields, clientAddress(request.headers));
  if (outcome.ok) return answer(201, { id: outcome.id });
  return answer(outcome.status, {
    error: localise(locale, outcome.message, outcome.values),
    ...(outcome.issues
      ? { fields: Object.fromEntries(outcome.issues.map((i) => [String(i.path[0] ?? 'form'), localise(locale, i.message)])) }
      : {}),
  });
}
