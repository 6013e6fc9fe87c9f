// POST /api/reader-reports: a reader's tip or error report, for clients other than the site's own
// forms (which use the form action). Form-encoded or JSON fields: kind (TIP | ERROR), text, email
// (optional), claimId (for ERROR). 201 when stored; 400, 404, 413 or 429 with a one-line reason.
import { clientAddress } from '@/lib/http/client-address';
import { getDefaultLocale } from '@/lib/i18n/default-locale';
import { localise } from '@/lib/i18n/localise';
import { readSmallBody } from '@/lib/http/read-form';
import { isCrossSite } from '@/lib/http/same-origin';
import { submitReaderReport } from '@/lib/reader-reports/submit';

export const dynamic = 'force-dynamic';

/** Far above a 5,000-character report with its fields; anything larger is not a report. */
const MAX_BODY_BYTES = 64 * 1024;

function answer(status: number, body: Record<string, unknown>): Response {
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });
}

export async function POST(request: Request): Promise<Response> {
  const locale = getDefaultLocale();
  // A hostile page must not make its visitors' browsers post for it (each would bring its own allowance).
  if (isCrossSite(request.headers)) return answer(403, { error: localise(locale, 'Actions.crossSite') });
  // Read within the limit even when no length is declared (a chunked body); a JSON or form object only.
  const body = await readSmallBody(request, MAX_BODY_BYTES);
  if (!body.ok && body.status === 413) return answer(413, { error: localise(locale, 'ReaderReports.textTooLong') });
  if (!body.ok) return answer(400, { error: localise(locale, 'ReaderReports.badBody') });
  const outcome = await submitReaderReport(body.data, clientAddress(request.headers));
  if (outcome.ok) return answer(201, { id: outcome.id });
  return answer(outcome.status, {
    error: localise(locale, outcome.message, outcome.values),
    ...(outcome.issues
      ? { fields: Object.fromEntries(outcome.issues.map((i) => [String(i.path[0] ?? 'form'), localise(locale, i.message)])) }
      : {}),
  });
}
