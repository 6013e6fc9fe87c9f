// Keeps the collection statistics (term-stats.ts) per pool for a minute: reading them costs one
// pass over the search vectors, too much for every keystroke. A stale copy is served while a
// fresh one is read in the background, so only the very first query waits. A claim added since
// is still found by its words the statistics already know.
import type pg from 'pg';
import { STATS_TIMEOUT_MS } from './limits';
import { readLexemeCounts } from './read-candidates';
import { buildTermStats, type TermStats } from './term-stats';

const FRESH_FOR_MS = 60_000;

interface Entry {
  stats: Promise<TermStats>;
  readAt: number;
  refreshing: boolean;
}

const cache = new WeakMap<pg.Pool, Entry>();

async function load(pool: pg.Pool): Promise<TermStats> {
  const client = await pool.connect();
  try {
    // One pass over every claim's vector: longer than a query may take (the pool's timeout), bounded all the same.
    await client.query(`BEGIN READ ONLY; SET LOCAL statement_timeout = ${STATS_TIMEOUT_MS}`);
    const { claims, rows } = await readLexemeCounts(client);
    await client.query('COMMIT');
    return buildTermStats(claims, rows);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

export function termStatsFor(pool: pg.Pool, now = Date.now()): Promise<TermStats> {
  const entry = cache.get(pool);
  if (!entry) {
    const fresh: Entry = { stats: load(pool), readAt: now, refreshing: false };
    fresh.stats.catch(() => cache.delete(pool)); // a failed read is retried by the next query
    cache.set(pool, fresh);
    return fresh.stats;
  }
  if (now - entry.readAt > FRESH_FOR_MS && !entry.refreshing) {
    entry.refreshing = true;
    load(pool).then(
      (stats) => cache.set(pool, { stats: Promise.resolve(stats), readAt: Date.now(), refreshing: false }),
      () => (entry.refreshing = false),
    );
  }
  return entry.stats;
}

/** After a bulk load (the match-claims command, tests): read the statistics again on the next query. */
export function forgetTermStats(pool: pg.Pool): void {
  cache.delete(pool);
}
