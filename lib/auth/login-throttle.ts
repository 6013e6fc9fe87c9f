// Login throttling: failed sign-ins are counted per account and per client address in PostgreSQL
// (rate-limiter-flexible's store), so the limits hold across restarts and across app instances.
// Unknown and known emails are counted alike, and a blocked attempt is refused before the password
// is checked, whatever it is: neither the answer nor its timing says whether the account exists.
import 'server-only';
import { createHash } from 'node:crypto';
import pg from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { getEnv } from '@/lib/env';

const WINDOW_SECONDS = 15 * 60;
/** Wrong passwords for one account within the window before it is refused for the rest of it. */
export const ACCOUNT_FAILURES = 10;
/** Wrong passwords from one address (any accounts) within the window: password spraying. */
export const ADDRESS_FAILURES = 50;

interface Limiters {
  account: RateLimiterPostgres;
  address: RateLimiterPostgres;
}

const globalForThrottle = globalThis as unknown as { claimdeskLoginLimiters?: Limiters };

function limiters(): Limiters {
  if (!globalForThrottle.claimdeskLoginLimiters) {
    const pool = new pg.Pool({ connectionString: getEnv().DATABASE_URL, max: 2, allowExitOnIdle: true });
    // An idle connection dropped by the server (a restart, a stop) must not crash the process:
    // without a listener, pg's 'error' event would be an uncaught exception. The pool reconnects.
    pool.on('error', (error) => console.warn(`[login-throttle] idle database connection lost: ${error.message}`));
    // The table comes from a Prisma migration (model LoginThrottle), so it is never created here.
    const options = { storeClient: pool, tableName: 'login_throttle', tableCreated: true, duration: WINDOW_SECONDS };
    globalForThrottle.claimdeskLoginLimiters = {
      account: new RateLimiterPostgres({ ...options, keyPrefix: 'account', points: ACCOUNT_FAILURES }),
      address: new RateLimiterPostgres({ ...options, keyPrefix: 'address', points: ADDRESS_FAILURES }),
    };
  }
  return globalForThrottle.claimdeskLoginLimiters;
}

/** Keys are hashes: the table never holds an email address. */
function accountKey(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
}

export interface LoginAttempt {
  email: string;
  /** The client's address, or null when unknown (then only the account limit applies). */
  address: string | null;
}

/**
 * Counts this attempt before the password is checked, atomically (concurrent guesses from several
 * instances cannot slip past the limit). Returns 0 when it may proceed, or the seconds to wait.
 */
export async function reserveLoginAttempt(attempt: LoginAttempt): Promise<number> {
  const { account, address } = limiters();
  const outcomes = await Promise.allSettled([
    account.consume(accountKey(attempt.email)),
    attempt.address ? address.consume(attempt.address) : Promise.resolve(null),
  ]);
  let waitMs = 0;
  for (const outcome of outcomes) {
    if (outcome.status === 'fulfilled') continue;
    // The limiter rejects with its result object when the limit is reached, and with an Error when
    // the database fails; the latter must not be mistaken for "go ahead".
    const limitWait = msUntilAllowed(outcome.reason);
    if (limitWait === null) throw outcome.reason;
    waitMs = Math.max(waitMs, limitWait);
  }
  return Math.ceil(waitMs / 1000);
}

/**
 * The wait a limiter's "limit reached" rejection asks for, or null for any other rejection. Told
 * by shape, not `instanceof RateLimiterRes`: the limiters live on globalThis and are shared by every
 * server bundle (route handlers and server actions are bundled apart, each with its own copy of
 * rate-limiter-flexible), so the result may be an instance of another copy's class.
 */
export function msUntilAllowed(rejection: unknown): number | null {
  if (rejection instanceof RateLimiterRes) return rejection.msBeforeNext;
  if (rejection instanceof Error || !rejection || typeof rejection !== 'object') return null;
  const { msBeforeNext, remainingPoints } = rejection as Partial<Record<'msBeforeNext' | 'remainingPoints', unknown>>;
  return typeof msBeforeNext === 'number' && typeof remainingPoints === 'number' ? msBeforeNext : null;
}

/** A successful sign-in clears the account's count and gives the address its point back. */
export async function releaseLoginAttempt(attempt: LoginAttempt): Promise<void> {
  const { account, address } = limiters();
  await Promise.all([account.delete(accountKey(attempt.email)), attempt.address ? address.reward(attempt.address) : null]);
}

/** The refusal of a throttled sign-in: a catalogue key and the wait in whole minutes. */
export function waitMessage(seconds: number): { message: string; values: { minutes: number } } {
  return { message: 'LoginRefusal.wait', values: { minutes: Math.ceil(seconds / 60) } };
}
