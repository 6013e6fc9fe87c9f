// The app's pool for the claim matcher (lib/matching/match-pool.ts makes it bounded): small and
// separate from Prisma's, so a burst of matching while editors type cannot take every connection
// the desk needs. One per process, on globalThis so dev hot reloads do not open new pools; created
// on first use.
import 'server-only';
import { getEnv } from '@/lib/env';
import { createMatchPool, type MatchPool } from '@/lib/matching/match-pool';

const MATCH_POOL_SIZE = 3;

const globalForPool = globalThis as unknown as { claimdeskMatchPool?: MatchPool };

export function matchPool(): MatchPool {
  globalForPool.claimdeskMatchPool ??= createMatchPool(getEnv().DATABASE_URL, MATCH_POOL_SIZE);
  return globalForPool.claimdeskMatchPool;
}
