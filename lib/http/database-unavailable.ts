// Telling "the database is down or refusing connections" apart from a bug, so that a route can
// answer 503 with Retry-After (a reader or a crawler comes back later, a proxy caches nothing)
// instead of a bare 500. Pure: no Next or Prisma imports; the errors are pg's and Node's sockets'.
import type { Locale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/localise';

/** Seconds a client is asked to wait; a restart of PostgreSQL takes about this long. */
export const DATABASE_RETRY_AFTER_SECONDS = 30;

// Node socket errors, and PostgreSQL's: admin/crash shutdown, cannot connect now, too many connections.
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
  '53300',
]);
// pg's own wording when the server closes the socket or a connection cannot be had in time.
const UNAVAILABLE_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Can't reach database server/i;

function fieldOf(error: object, name: string): unknown {
  return (error as Record<string, unknown>)[name];
}

/** True when the error, or an error it wraps (cause, AggregateError), says the database is unreachable. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const code = fieldOf(error, 'code');
  // SQLSTATE class 08: connection exceptions.
  if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return true;
  const message = fieldOf(error, 'message');
  if (typeof message === 'string' && UNAVAILABLE_MESSAGES.test(message)) return true;
  const inner = error instanceof AggregateError ? error.errors : [fieldOf(error, 'cause')];
  return inner.some((wrapped) => isDatabaseUnavailable(wrapped, depth + 1));
}

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
