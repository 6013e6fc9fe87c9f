// Is PostgreSQL taking connections? Asked at the protocol level, not by a bare TCP connect: while
// PostgreSQL shuts down (or starts up, or recovers from a crash) it still accepts TCP connections,
// then refuses each session with SQLSTATE 57P03 "the database system is shutting down". The probe
// sends a startup packet (the user and database of DATABASE_URL, no password) and reads the first
// answer: an authentication request (or AuthenticationOk) means sessions are being served, an
// error of the "not now" kind means they are not. It closes before authenticating, so it needs no
// credentials and no pool slot; PostgreSQL does not log a client that leaves at the password prompt.
import net from 'node:net';

/** A probe that has no answer by then counts as "down" (a black-holed address never refuses). */
const PROBE_TIMEOUT_MS = 1500;
/** Protocol 3.0, as every current client speaks it. */
const PROTOCOL_VERSION = 196608;
// Answers meaning "no session now": operator intervention (shutdown, crash, not yet started),
// too many connections, and every connection exception (class 08).
const NOT_SERVING = /^(57P0[1-4]|53300|08[0-9A-Z]{3})$/;

export interface DatabaseTarget {
  host: string;
  port: number;
  user: string;
  database: string;
}

/** The TCP address and names in a postgres:// URL, or null (a Unix socket or an unreadable URL is not probed). */
export function databaseTarget(url: string | undefined): DatabaseTarget | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') return null;
    const socketHost = parsed.searchParams.get('host');
    if (!parsed.hostname || socketHost?.startsWith('/')) return null;
    const host = parsed.hostname.replace(/^\[(.*)\]$/, '$1');
    // libpq's defaults: the user "postgres" when none is named, the database named like the user.
    const user = decodeURIComponent(parsed.username) || 'postgres';
    const database = decodeURIComponent(parsed.pathname.slice(1)) || user;
    return { host, port: parsed.port ? Number(parsed.port) : 5432, user, database };
  } catch {
    return null;
  }
}

function startupPacket(target: DatabaseTarget): Buffer {
  const parameters = Buffer.from(`user\0${target.user}\0database\0${target.database}\0application_name\0claimdesk-probe\0\0`, 'utf8');
  const head = Buffer.alloc(8);
  head.writeInt32BE(8 + parameters.length, 0);
  head.writeInt32BE(PROTOCOL_VERSION, 4);
  return Buffer.concat([head, parameters]);
}

/** The SQLSTATE of an ErrorResponse message body (fields: a type byte, then a NUL-ended string). */
export function errorResponseCode(body: Buffer): string | null {
  let at = 0;
  while (at < body.length && body[at] !== 0) {
    const end = body.indexOf(0, at + 1);
    if (end === -1) return null;
    if (body[at] === 0x43 /* 'C' */) return body.toString('utf8', at + 1, end);
    at = end + 1;
  }
  return null;
}

/**
 * What the server's first message says: true for an authentication request ('R': sessions are
 * served), false for an ErrorResponse ('E') of the "not now" kind, null while incomplete. Any other
 * error (a wrong user or database name) is not an outage: it says "serving", so the app's own error
 * shows instead of a misleading "try again shortly".
 */
export function readFirstAnswer(received: Buffer): boolean | null {
  if (received.length < 5) return null;
  const kind = String.fromCharCode(received[0]!);
  if (kind !== 'E') return kind === 'R';
  const length = received.readInt32BE(1);
  if (received.length < 1 + length) return null;
  const code = errorResponseCode(received.subarray(5, 1 + length));
  return !(code && NOT_SERVING.test(code));
}

/** Resolves true when the server answers a startup packet as one that serves sessions, within the timeout. */
export function probe(target: DatabaseTarget, timeoutMs = PROBE_TIMEOUT_MS): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: target.host, port: target.port });
    let received = Buffer.alloc(0);
    let settled = false;
    const finish = (serving: boolean) => {
      if (settled) return;
      settled = true;
      socket.destroy();
      resolve(serving);
    };
    socket.setTimeout(timeoutMs, () => finish(false));
    socket.once('connect', () => socket.write(startupPacket(target)));
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      const answer = readFirstAnswer(received);
      if (answer !== null) finish(answer);
    });
    // Closed before answering: a server going away (or not PostgreSQL at all).
    socket.once('end', () => finish(false));
    socket.once('close', () => finish(false));
    socket.once('error', () => finish(false));
  });
}
