// Requests that Next.js 16 itself answers with a bare 500 before any of our code runs, recognised
// early so that proxy.ts can answer them with a clear 4xx instead:
// - a path with broken percent-encoding (/claims/%E0%A4%A/x): Next fails to decode the route's
//   params and answers "Internal Server Error";
// - a POST whose multipart body cannot be parsed: Next tries every such POST to a page as a
//   possible server action and its FormData parser throws ("Failed to parse body as FormData");
// - a server-action body over the limit: Next throws "Body exceeded 3mb limit" as a 500 (its own
//   source says the 413 is still to do);
// - a form posted from another site (a server action, or any multipart form): Next aborts a
//   server action whose Origin is not its host with a bare 500 ("Invalid Server Actions request");
//   answered 403 here, also for Sec-Fetch-Site: cross-site and `Origin: null` (login CSRF).
// Said in the visitor's language (the proxy negotiates it; English by default).
// Pure, apart from reading a clone of the request body: no Next imports.
import type { Locale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/localise';
import { isCrossSite } from './same-origin';

/** The server-action body limit of next.config.ts, in bytes (3 MB). */
export const SERVER_ACTION_BODY_LIMIT_BYTES = 3 * 1024 * 1024;

/** True when some segment of the (still encoded) path is not valid percent-encoded UTF-8. */
export function hasMalformedPercentEncoding(encodedPath: string): boolean {
  try {
    for (const segment of encodedPath.split('/')) decodeURIComponent(segment);
    return false;
  } catch {
    return true;
  }
}

function plain(status: 400 | 403 | 413, message: string): Response {
  return new Response(`${message}\n`, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
}

/**
 * A 4xx for a POST that Next would fail on with a bare 500, or null to let it through. Reads a
 * clone of the body only for multipart POSTs within the size limit, so the original stays readable.
 */
export async function refuseBrokenPost(request: Request, locale: Locale = 'en'): Promise<Response | null> {
  if (request.method !== 'POST') return null;
  const t = translatorFor(locale);
  const isMultipart = (request.headers.get('content-type') ?? '').toLowerCase().startsWith('multipart/form-data');
  if ((request.headers.has('next-action') || isMultipart) && isCrossSite(request.headers)) {
    return plain(403, t('ApiRefusal.crossSiteForm'));
  }
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (request.headers.has('next-action') && declared > SERVER_ACTION_BODY_LIMIT_BYTES) {
    return plain(413, t('ApiRefusal.formTooLarge'));
  }
  if (!isMultipart) return null;
  try {
    await request.clone().formData();
    return null;
  } catch {
    return plain(400, t('ApiRefusal.formUnreadable'));
  }
}
