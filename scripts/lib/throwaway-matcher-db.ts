// A throwaway embedded PostgreSQL, migrated and filled with verified claims, for match-claims and
// bench:match. Removed when stopped.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createMatchPool, type MatchPool } from '@/lib/matching/match-pool';
import { forgetTermStats } from '@/lib/matching/term-stats-cache';
import { startEmbeddedPostgres } from './embedded-postgres';
import { loadVerifiedClaims } from './load-verified-claims';
import type { TsvRow } from './match-tsv';
import { migrateDeploy } from './migrate';

export interface MatcherDb {
  pool: MatchPool;
  stop: () => Promise<void>;
}

export async function startMatcherDb(claims: readonly TsvRow[]): Promise<MatcherDb> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'claimdesk-match-pg-'));
  const postgres = await startEmbeddedPostgres({ dataDir, database: 'claimdesk_match', removeOnStop: true });
  const pool = createMatchPool(postgres.url, 2);
  const stop = async () => {
    await pool.end();
    await postgres.stop();
  };
  try {
    await migrateDeploy(postgres.url);
    await loadVerifiedClaims(postgres.url, claims);
    forgetTermStats(pool);
  } catch (error) {
    await stop();
    throw error;
  }
  return { pool, stop };
}
