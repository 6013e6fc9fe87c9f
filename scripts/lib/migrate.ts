// Applies prisma/migrations in order, like `prisma migrate deploy`, keeping Prisma's own
// `_prisma_migrations` bookkeeping (same checksum) so the Prisma CLI sees the same history.
//
// Why not call `prisma migrate deploy`: with the engine-free setup this machine needs, Prisma 6's
// Wasm schema engine splits a migration at every semicolon (breaking plpgsql function bodies) and
// applies the pieces outside a transaction, so one failure leaves a half-migrated database. Here
// each migration runs whole, in one transaction, under an advisory lock (two starts cannot race).
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';

const MIGRATIONS_DIR = path.resolve(import.meta.dirname, '../../prisma/migrations');
const LOCK_KEY = 72_707_369; // arbitrary, constant: "only one migrator at a time"

export interface MigrationResult {
  applied: string[];
  total: number;
}

export function listMigrations(dir = MIGRATIONS_DIR) {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, 'migration.sql')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

const BOOKKEEPING_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export interface MigrateOptions {
  /** Stop before this migration (for tests that fill a database the way an older version did). */
  before?: string;
}

export async function migrateDeploy(
  connectionString: string,
  log: (line: string) => void = () => {},
  options: MigrateOptions = {},
): Promise<MigrationResult> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [LOCK_KEY]);
    await client.query(BOOKKEEPING_TABLE);
    const done = await client.query<{ migration_name: string; checksum: string }>(
      'SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
    );
    const appliedChecksums = new Map(done.rows.map((row) => [row.migration_name, row.checksum]));
    const migrations = listMigrations().filter((m) => options.before === undefined || m.name < options.before);
    const applied: string[] = [];
    for (const migration of migrations) {
      const known = appliedChecksums.get(migration.name);
      if (known) {
        if (known !== migration.checksum) log(`warning: migration ${migration.name} was edited after it was applied`);
        continue;
      }
      await client.query('BEGIN');
      try {
        await client.query(migration.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
           VALUES ($1, $2, $3, now(), now(), 1)`,
          [randomUUID(), migration.checksum, migration.name],
        );
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw new Error(`Migration ${migration.name} failed and was rolled back: ${(error as Error).message}`);
      }
      log(`Applied migration ${migration.name}`);
      applied.push(migration.name);
    }
    return { applied, total: migrations.length };
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [LOCK_KEY]).catch(() => {});
    await client.end();
  }
}
