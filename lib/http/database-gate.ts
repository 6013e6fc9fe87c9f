// While PostgreSQL is unreachable, everything that needs it (the desk, signing in, server actions,
// the API) should answer "try again shortly" at once with a 503, instead of each request failing
// on its own with a bare 500 or waiting on a connection. proxy.ts asks `databaseReachable()` before
// such requests. Reader pages are not gated: Next serves the cached ones without the database.
//
// The probe is a TCP connection to the database's address, not a query: it needs no credentials and
// no pool slot, and a stopped or unreachable server refuses or times out at once. Its answer is
// kept for a moment, and requests arriving meanwhile share one probe, so a busy server probes at
// most a few times a second.
import net from 'node:net';
import type { Locale } from '@/lib/i18n/locales';
import { MESSAGES } from '@/lib/i18n/messages';

/** How long an answer is trusted: short while down, so recovery is noticed within a second. */
const TRUST_UP_MS = 2000;
const TRUST_DOWN_MS = 500;
/** A probe that has not connected by then counts as "down" (a black-holed address never refuses). */
const PROBE_TIMEOUT_MS = 1500;

export interface DatabaseAddress {
  host: string;
  port: number;
}

/** The TCP address in a postgres:// URL, or null (a Unix socket or an unreadable URL is not probed). */
export function databaseAddress(url: string | undefined): DatabaseAddress | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') return null;
    const socketHost = parsed.searchParams.get('host');
    if (!parsed.hostname || socketHost?.startsWith('/')) return null;
    const host = parsed.hostname.replace(/^\[(.*)\]$/, '$1');
    return { host, port: parsed.port ? Number(parsed.port) : 5432 };
  } catch {
    return null;
  }
}

/** Resolves true when a TCP connection to the address opens within the timeout. */
export function probe(address: DatabaseAddress, timeoutMs = PROBE_TIMEOUT_MS): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: address.host, port: address.port });
    const finish = (reachable: boolean) => {
      socket.destroy();
      resolve(reachable);
    };
    socket.setTimeout(timeoutMs, () => finish(false));
    socket.once('connect', () => finish(true));
    socket.once('error', () => finish(false));
  });
}

interface GateState {
  reachable: boolean;
  checkedAt: number;
  inFlight: Promise<boolean> | null;
}

/** A gate over one address. `now` and `check` are injectable for tests. */
export function createDatabaseGate(address: DatabaseAddress | null, check = probe, now = () => Date.now()) {
  const state: GateState = { reachable: true, checkedAt: -Infinity, inFlight: null };
  return async function databaseReachable(): Promise<boolean> {
    if (!address) return true;
    const trustFor = state.reachable ? TRUST_UP_MS : TRUST_DOWN_MS;
    if (now() - state.checkedAt < trustFor) return state.reachable;
    state.inFlight ??= check(address).then((reachable) => {
      Object.assign(state, { reachable, checkedAt: now(), inFlight: null });
      return reachable;
    });
    return state.inFlight;
  };
}

const DATABASE_GATE = Symbol.for('claimdesk.databaseGate');
type WithGate = typeof globalThis & { [DATABASE_GATE]?: () => Promise<boolean> };

/** The process's gate over DATABASE_URL, made on first use. */
export function databaseReachable(): Promise<boolean> {
  const holder = globalThis as WithGate;
  holder[DATABASE_GATE] ??= createDatabaseGate(databaseAddress(process.env.DATABASE_URL));
  return holder[DATABASE_GATE]();
}

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
