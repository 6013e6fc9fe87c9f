// PostgreSQL while it shuts down: it still accepts TCP connections but refuses every new session
// with 57P03, so a TCP probe said "up" and the desk answered 500 (npm run test:load). Reproduced
// with a real server held in a "smart" shutdown (SIGTERM: it waits for its last client to leave
// and meanwhile refuses new ones), and checked: the database gate's probe says down, a query fails
// with an error the app recognises (marked for the error pages), and that failure alone turns the
// process's gate down; once the database serves again, the gate says up within a second.
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { createPrismaClient } from '@/lib/db/create-client';
import { DATABASE_UNAVAILABLE_DIGEST, isDatabaseUnavailable } from '@/lib/db/database-unavailable-error';
import { databaseReachable } from '@/lib/http/database-gate';
import { databaseTarget, probe } from '@/lib/http/database-probe';
import { startEmbeddedPostgres } from '../../scripts/lib/embedded-postgres';

const GATE = Symbol.for('claimdesk.databaseGate');
const forgetGate = () => void delete (globalThis as Record<symbol, unknown>)[GATE];

afterEach(forgetGate);

/** What a query throws, or null. */
async function failureOf(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
    return null;
  } catch (error) {
    return error;
  }
}

describe('a PostgreSQL that is shutting down', () => {
  it('counts as down for the gate, and its query failures are recognised and reported', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'claimdesk-shutdown-pg-'));
    const server = await startEmbeddedPostgres({ dataDir, database: 'claimdesk_shutdown', removeOnStop: true });
    const held = new pg.Client({ connectionString: server.url });
    const db = createPrismaClient(server.url, 1);
    try {
      await held.connect();
      const target = databaseTarget(server.url)!;
      expect(await probe(target)).toBe(true);
      const { rows } = await held.query<{ dir: string }>('SELECT current_setting($1) AS dir', ['data_directory']);
      const postmasterPid = Number(readFileSync(path.join(rows[0]!.dir, 'postmaster.pid'), 'utf8').split('\n')[0]);
      process.kill(postmasterPid, 'SIGTERM');
      // The held session keeps the server in its shutdown, accepting TCP and refusing sessions.
      await expect.poll(() => probe(target), { timeout: 5000, interval: 100 }).toBe(false);

      const failure = await failureOf(() => db.$queryRaw`SELECT 1`);
      expect(String(failure)).toMatch(/shutting down|57P03/);
      expect(isDatabaseUnavailable(failure)).toBe(true);
      const modelFailure = await failureOf(() => db.user.count());
      expect(isDatabaseUnavailable(modelFailure)).toBe(true);
      expect((modelFailure as { digest?: string }).digest).toBe(DATABASE_UNAVAILABLE_DIGEST);
    } finally {
      await held.end().catch(() => {});
      await db.$disconnect().catch(() => {});
      await server.stop();
    }
  });
});

describe('the process gate and the app’s own failures', () => {
  it('goes down on a failed query and comes back within a second once the database serves', async () => {
    const serving = createPrismaClient(process.env.DATABASE_URL!, 1);
    const refused = createPrismaClient('postgresql://claimdesk:x@127.0.0.1:1/claimdesk', 1);
    try {
      expect(await databaseReachable()).toBe(true);
      const failure = await failureOf(() => refused.user.count());
      expect(isDatabaseUnavailable(failure)).toBe(true);
      // The failure was reported by the client itself: the gate trusts it over its last probe.
      expect(await databaseReachable()).toBe(false);
      await expect.poll(() => databaseReachable(), { timeout: 5000, interval: 100 }).toBe(true);
      expect(await serving.user.count()).toBeGreaterThanOrEqual(0);
    } finally {
      await serving.$disconnect();
      await refused.$disconnect();
    }
  });
});
