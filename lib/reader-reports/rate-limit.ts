// Abuse limits of the readers' forms, counted in PostgreSQL (rate-limiter-flexible's store, in the
// login throttle's table under their own key prefixes), so they hold across restarts and instances
// and need no third-party service: a few reports per address per hour, and a ceiling for the whole
// site that holds even when the addresses are many.
import 'server-only';
import { createHash } from 'node:crypto';
import pg from 'pg';
import { RateLimiterPostgres } from 'rate-limiter-flexible';
import { msUntilAllowed } from '@/lib/auth/login-throttle';
import { getEnv } from '@/lib/env';

const WINDOW_SECONDS = 60 * 60;
/** Reports from one address within an hour. */
export const REPORTS_PER_ADDRESS = 5;
/** Reports from everyone within an hour: beyond it the desk is being flooded. */
export const REPORTS_SITE_WIDE = 300;

interface Limiters {
  address: RateLimiterPostgres;
  global: RateLimiterPostgres;
}

const globalForLimits = globalThis as unknown as { claimdeskReportLimiters?: Limiters };

function limiters(): Limiters {
  if (!globalForLimits.claimdeskReportLimiters) {
    const pool = new pg.Pool({ connectionString: getEnv().DATABASE_URL, max: 2, allowExitOnIdle: true });
    pool.on('error', (error) => console.warn(`[report-limit] idle database connection lost: ${error.message}`));
    const options = { storeClient: pool, tableName: 'login_throttle', tableCreated: true, duration: WINDOW_SECONDS };
    globalForLimits.claimdeskReportLimiters = {
      address: new RateLimiterPostgres({ ...options, keyPrefix: 'report-address', points: REPORTS_PER_ADDRESS }),
      global: new RateLimiterPostgres({ ...options, keyPrefix: 'report-global', points: REPORTS_SITE_WIDE }),
    };
  }
  return globalForLimits.claimdeskReportLimiters;
}

/** The table keeps a hash, never a reader's address. */
const addressKey = (address: string) => createHash('sha256').update(address).digest('hex');

/** Counts one point; null when it was free, else the milliseconds until the limit allows one. */
async function consumeOne(limiter: RateLimiterPostgres, key: string): Promise<number | null> {
  try {
    await limiter.consume(key);
    return null;
  } catch (error) {
    const wait = msUntilAllowed(error);
    if (wait === null) throw error;
    return wait;
  }
}

/**
 * Counts one report against both limits. Returns 0 when it may be stored, else the seconds to wait.
 * An unknown address is counted under one shared key: unknown senders share a single allowance.
 * The site-wide ceiling is counted only for a report its address may send, so one sender past its
 * own limit cannot use up everyone's.
 */
export async function reserveReport(address: string | null): Promise<number> {
  const { address: perAddress, global } = limiters();
  const waitMs = (await consumeOne(perAddress, addressKey(address ?? 'unknown'))) ?? (await consumeOne(global, 'site'));
  return waitMs === null ? 0 : Math.ceil(waitMs / 1000);
}
