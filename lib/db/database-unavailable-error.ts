// Telling "the database is down or refusing connections" apart from a bug. Pure: no Next or Prisma
// imports; it reads the shapes the errors have (checked against the real ones in
// tests/integration/database-outage.test.ts):
// - pg and Node sockets: `code` ECONNREFUSED, ECONNRESET... or a SQLSTATE; pg's own wording when the
//   server closes the socket ("Connection terminated unexpectedly");
// - Prisma over the pg driver adapter: a PrismaClientKnownRequestError with a P1xxx connection code,
//   or a DriverAdapterError whose `cause` is { kind, code }, also wrapped as `meta.driverAdapterError`
//   (raw queries: P2010 around it).

// Node socket errors, PostgreSQL's (admin/crash shutdown, cannot connect now, too many connections),
// and Prisma's connection codes (cannot reach, timed out, server closed the connection).
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
  'P1001',
  'P1002',
  'P1008',
  'P1017',
]);
// The driver adapter's names for the same (DriverAdapterError's cause.kind).
const UNAVAILABLE_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);
// pg's own wording when the server closes the socket or a connection cannot be had in time.
const UNAVAILABLE_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Can't reach database server/i;

function fieldOf(value: object, name: string): unknown {
  return (value as Record<string, unknown>)[name];
}

/** The errors (or error-like objects) this one wraps: AggregateError's, `cause`, Prisma's `meta.driverAdapterError`. */
function wrapped(error: object): unknown[] {
  if (error instanceof AggregateError) return error.errors;
  const meta = fieldOf(error, 'meta');
  const fromMeta = meta && typeof meta === 'object' ? fieldOf(meta, 'driverAdapterError') : undefined;
  return [fieldOf(error, 'cause'), fromMeta];
}

/** True when the error, or an error it wraps, says the database is unreachable. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const code = fieldOf(error, 'code');
  // SQLSTATE class 08: connection exceptions.
  if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return true;
  const kind = fieldOf(error, 'kind');
  if (typeof kind === 'string' && UNAVAILABLE_KINDS.has(kind)) return true;
  const message = fieldOf(error, 'message');
  if (typeof message === 'string' && UNAVAILABLE_MESSAGES.test(message)) return true;
  return wrapped(error).some((inner) => isDatabaseUnavailable(inner, depth + 1));
}

/**
 * The `digest` a database-unavailable error carries to the error pages. In production Next sends an
 * error page only a digest (never the message); it keeps a digest the error already has, so the
 * desk's error page can say "the database is unreachable, try again shortly" instead of "something
 * went wrong". Set by lib/db/create-client.ts on every such error a query throws.
 */
export const DATABASE_UNAVAILABLE_DIGEST = 'CLAIMDESK_DATABASE_UNAVAILABLE';

export function isDatabaseUnavailableDigest(digest: string | undefined): boolean {
  return digest === DATABASE_UNAVAILABLE_DIGEST;
}
