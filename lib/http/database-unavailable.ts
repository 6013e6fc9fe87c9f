// Telling "the database is down or refusing connections" apart from a bug, so that a route can
// answer 503 with Retry-After (a reader or a crawler comes back later, a proxy caches nothing)
// instead of a bare 500. The telling apart is lib/db/database-unavailable-error.ts.
import { isDatabaseUnavailable } from '@/lib/db/database-unavailable-error';
import type { Locale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/localise';

/** Seconds a client is asked to wait; a restart of PostgreSQL takes about this long. */
export const DATABASE_RETRY_AFTER_SECONDS = 30;

export { isDatabaseUnavailable };

/** The answer while the database is unreachable, in the caller's language: nothing here may be cached, by anyone. */
export function databaseUnavailableResponse(locale: Locale = 'en'): Response {
  return new Response(`${translatorFor(locale)('ApiRefusal.databaseUnavailable')}\n`, {
    status: 503,
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': 'no-store',
      'Retry-After': String(DATABASE_RETRY_AFTER_SECONDS),
    },
  });
}
