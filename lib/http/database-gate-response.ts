// The 503 that proxy.ts answers while the database gate (lib/http/database-gate.ts) says PostgreSQL
// is unreachable: a static page per language, with nothing read from the database.
import type { Locale } from '@/lib/i18n/locales';
import { MESSAGES } from '@/lib/i18n/messages';

/** Seconds a client is asked to wait before trying again. */
export const GATE_RETRY_AFTER_SECONDS = 10;

// A static page per language, made once from the catalogues' plain words (no markup in them): the
// proxy picks the visitor's language from the cookie or Accept-Language, with no database access.
function page(locale: Locale): string {
  const { title, body } = MESSAGES[locale].DatabaseGate;
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#1c1917;line-height:1.5}h1{font-size:1.4rem}</style>
</head><body><main>
<h1>${title}</h1><p>${body}</p>
</main></body></html>
`;
}

const PAGES: Record<Locale, string> = { en: page('en'), id: page('id') };

/** The 503 in the visitor's language: an HTML page for a browser, plain text for anything else; never cached. */
export function databaseGateResponse(accept: string | null, locale: Locale): Response {
  const wantsHtml = (accept ?? '').includes('text/html');
  return new Response(wantsHtml ? PAGES[locale] : `${MESSAGES[locale].DatabaseGate.body}\n`, {
    status: 503,
    headers: {
      'Content-Type': wantsHtml ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8',
      'Cache-Control': 'no-store',
      'Retry-After': String(GATE_RETRY_AFTER_SECONDS),
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
    },
  });
}
