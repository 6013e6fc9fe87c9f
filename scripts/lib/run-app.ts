// Starts the database (embedded unless DATABASE_URL is set), migrates, seeds the embedded demo,
// then runs `next dev` or `next start`, and on Ctrl-C / SIGTERM stops Next and then PostgreSQL, so
// no postmaster outlives us and the next start finds no stale lock.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createPrismaClient } from '@/lib/db/create-client';
import { seedDemoData } from '@/prisma/seed';
import { withServerHeapLimit } from '@/lib/server-memory';
import { prepareDatabase, PROJECT_ROOT } from './database';

const log = (line: string) => console.log(`[claimdesk] ${line}`);

/** A stable local secret for the embedded demo, so sessions survive restarts. */
function localAuthSecret(): string {
  const file = path.join(PROJECT_ROOT, '.data', 'auth-secret');
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}

export async function runApp(mode: 'dev' | 'start') {
  const port = process.env.PORT ?? '3000';
  let database;
  try {
    database = await prepareDatabase(log);
  } catch (error) {
    console.error(`[claimdesk] ${(error as Error).message}`);
    process.exit(1);
  }
  if (database.embedded) {
    const db = createPrismaClient(database.url);
    try {
      await seedDemoData(db, log);
    } finally {
      await db.$disconnect();
    }
  }
  let authSecret = process.env.AUTH_SECRET;
  if (!authSecret) {
    if (mode === 'start' && !database.embedded) {
      console.error('[claimdesk] AUTH_SECRET is not set. Generate one with `openssl rand -base64 32` and set it in the environment.');
      await database.stop();
      process.exit(1);
    }
    authSecret = localAuthSecret();
  }
  const env = {
    ...process.env,
    DATABASE_URL: database.url,
    AUTH_SECRET: authSecret,
    AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? 'true',
    NEXT_TELEMETRY_DISABLED: '1',
    PORT: port,
  };
  // The server's heap limit (lib/server-memory.ts); `next dev` keeps Node's default.
  const serverEnv = mode === 'start' ? { ...env, NODE_OPTIONS: withServerHeapLimit(process.env.NODE_OPTIONS) } : env;
  const nextBin = path.join(PROJECT_ROOT, 'node_modules', 'next', 'dist', 'bin', 'next');
  const child = spawn(process.execPath, [nextBin, mode, '--port', port], { stdio: 'inherit', env: serverEnv, cwd: PROJECT_ROOT });
  log(`ClaimDesk on http://localhost:${port}${database.embedded ? ' (demo logins in README.md)' : ''}`);
  // The job worker (archive captures, the source watch) in a process of its own beside Next.
  const worker =
    process.env.JOBS_WORKER === '0'
      ? null
      : spawn(
          process.execPath,
          [path.join(PROJECT_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(PROJECT_ROOT, 'scripts', 'worker.ts')],
          {
            stdio: 'inherit',
            env,
            cwd: PROJECT_ROOT,
          },
        );

  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((resolve) => {
        const force = setTimeout(() => child.kill('SIGKILL'), 8000);
        child.once('exit', () => resolve(clearTimeout(force)));
      });
    }
    if (worker && worker.exitCode === null) {
      worker.kill('SIGTERM');
      await new Promise((resolve) => {
        const force = setTimeout(() => worker.kill('SIGKILL'), 12_000);
        worker.once('exit', () => resolve(clearTimeout(force)));
      });
    }
    if (database.embedded) log('Stopping the embedded PostgreSQL...');
    await database.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  child.on('exit', (code) => void stop(code ?? 0));
}
