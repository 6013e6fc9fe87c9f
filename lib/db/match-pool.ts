// The claim matcher (lib/matching) talks to PostgreSQL through a plain pg Pool, so that scripts run
// exactly the app's code. The app's pool for it is small and separate from Prisma's: a burst of
// matching while editors type cannot take every connection the desk needs. One per process, on
// globalThis so dev hot reloads do not open new pools; created on first use.
import 'server-only';
import pg from 'pg';
import { getEnv } from '@/lib/env';

const MATCH_POOL_SIZE = 3;
const CONNECT_TIMEOUT_MS = 10_000;

const globalForPool = globalThis as unknown as { claimdeskMatchPool?: pg.Pool };

export function matchPool(): pg.Pool {
  if (!globalForPool.claimdeskMatchPool) {
    const pool = new pg.Pool({
      connectionString: getEnv().DATABASE_URL,
      max: MATCH_POOL_SIZE,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    });
    // An idle client that loses its connection (a database restart) must not crash the process.
    pool.on('error', (error) => console.error('[match-pool] idle client error:', error.message));
    globalForPool.claimdeskMatchPool = pool;
  }
  return globalForPool.claimdeskMatchPool;
}
