// Decides which PostgreSQL the app uses and makes it ready: DATABASE_URL when set (production,
// any PostgreSQL 14+), otherwise the embedded server with its data in .data/postgres (or, as root in a
// folder the postgres user cannot enter, in /var/lib/claimdesk: see postgres-locations.ts).
import path from 'node:path';
import pg from 'pg';
import { migrateDeploy } from './migrate';
import { startEmbeddedPostgres, type RunningPostgres } from './embedded-postgres';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');
export const DEFAULT_DATA_DIR = path.join(PROJECT_ROOT, '.data', 'postgres');

export interface ReadyDatabase extends RunningPostgres {
  embedded: boolean;
}

/** One line a person can act on, instead of a driver stack trace. */
export function describeConnectionError(url: string, error: unknown): string {
  let where = 'the database';
  try {
    const parsed = new URL(url);
    where = `PostgreSQL at ${parsed.hostname}:${parsed.port || 5432}/${parsed.pathname.slice(1)}`;
  } catch {
    return 'DATABASE_URL is not a valid postgresql:// URL.';
  }
  const code = (error as { code?: string }).code;
  const reason =
    code === 'ECONNREFUSED'
      ? 'nothing is listening there (is the server down?)'
      : code === 'ENOTFOUND'
        ? 'the host name does not resolve'
        : code === '28P01'
          ? 'the password was refused'
          : code === '3D000'
            ? 'that database does not exist'
            : (error as Error).message;
  return `Cannot connect to ${where}: ${reason}. Check DATABASE_URL.`;
}

export async function checkConnection(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    throw new Error(describeConnectionError(url, error));
  } finally {
    await client.end().catch(() => {});
  }
}

export async function prepareDatabase(log: (line: string) => void, dataDir = DEFAULT_DATA_DIR): Promise<ReadyDatabase> {
  const configured = process.env.DATABASE_URL;
  let running: RunningPostgres;
  let embedded = false;
  if (configured) {
    running = { url: configured, stop: async () => {} };
  } else {
    log('DATABASE_URL is not set: using the embedded PostgreSQL.');
    running = await startEmbeddedPostgres({ dataDir, database: 'claimdesk', log });
    embedded = true;
  }
  try {
    await checkConnection(running.url);
    const { applied } = await migrateDeploy(running.url, log);
    if (applied.length === 0) log('Database schema is up to date.');
  } catch (error) {
    await running.stop();
    throw error;
  }
  return { ...running, embedded };
}
