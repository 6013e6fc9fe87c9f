// `npm test`: every check, in order, on a throwaway embedded PostgreSQL (fresh folder, free port,
// removed afterwards): type check, lint, formatting (Prettier; `npm run format` fixes it), Vitest (unit + integration), production build, Playwright.
// Every step runs even when an earlier one fails, so one run shows all problems; exit code 1 if any failed.
// `npm test -- e2e/some.spec.ts [playwright options]` is a focused run: build and those browser tests only
// (E2E_REUSE_BUILD=1 reuses the last build).
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createPrismaClient } from '@/lib/db/create-client';
import { seedDemoData } from '@/prisma/seed';
import { CHROMIUM_HELP, findChromium } from './lib/chromium';
import { PROJECT_ROOT } from './lib/database';
import { startEmbeddedPostgres } from './lib/embedded-postgres';
import { findFreePort } from './lib/free-port';
import { migrateDeploy } from './lib/migrate';

const TEST_AUTH_SECRET = 'test-only-secret-not-for-production-use';

function run(name: string, command: string, args: string[], env: NodeJS.ProcessEnv): Promise<boolean> {
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env, cwd: PROJECT_ROOT });
    child.on('exit', (code) => resolve(code === 0));
    child.on('error', () => resolve(false));
  });
}

const bin = (name: string) => path.join(PROJECT_ROOT, 'node_modules', '.bin', name);

const chromium = findChromium();
if (!chromium) {
  console.error(CHROMIUM_HELP);
  process.exit(1);
}

const playwrightArgs = process.argv.slice(2);
const focused = playwrightArgs.length > 0;
const results: [string, boolean][] = [];
const baseEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', CHROMIUM_PATH: chromium };
if (!focused) {
  results.push(['typecheck', await run('typecheck', bin('tsc'), ['--noEmit', '-p', '.'], baseEnv)]);
  results.push(['lint', await run('lint', bin('eslint'), ['--max-warnings=0', '.'], baseEnv)]);
  results.push(['format', await run('format', bin('prettier'), ['--check', '--log-level=warn', '.'], baseEnv)]);
}

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'claimdesk-test-pg-'));
const postgres = await startEmbeddedPostgres({
  dataDir,
  database: 'claimdesk_e2e',
  removeOnStop: true,
  log: (l) => console.log(`[test-db] ${l}`),
}).catch((error: unknown) => {
  console.error(`[test-db] ${(error as Error).message}`);
  process.exit(1);
});
const stopPostgres = () => postgres.stop();
process.on('SIGINT', () => void stopPostgres().then(() => process.exit(130)));
process.on('SIGTERM', () => void stopPostgres().then(() => process.exit(143)));
try {
  const integrationUrl = postgres.url.replace(/\/claimdesk_e2e$/, '/claimdesk_integration');
  const admin = new pg.Client({ connectionString: postgres.url });
  await admin.connect();
  await admin.query('CREATE DATABASE claimdesk_integration');
  await admin.end();
  await migrateDeploy(integrationUrl);
  await migrateDeploy(postgres.url);
  const db = createPrismaClient(postgres.url);
  await seedDemoData(db);
  await db.$disconnect();

  const env = { ...baseEnv, DATABASE_URL: postgres.url, AUTH_SECRET: TEST_AUTH_SECRET, AUTH_TRUST_HOST: 'true' };
  if (!focused)
    results.push(['unit+integration', await run('vitest', bin('vitest'), ['run'], { ...env, INTEGRATION_DATABASE_URL: integrationUrl })]);
  // E2E_REUSE_BUILD=1 skips the build on a focused run, for iterating on specs against the last build.
  const reuseBuild = focused && process.env.E2E_REUSE_BUILD === '1';
  const built = reuseBuild || (await run('build', bin('next'), ['build'], { ...env, NODE_ENV: 'production' }));
  results.push(['build', built]);
  if (built) {
    const port = String(await findFreePort());
    results.push(['e2e', await run('playwright', bin('playwright'), ['test', ...playwrightArgs], { ...env, E2E_PORT: port })]);
  } else {
    results.push(['e2e (not run: build failed)', false]);
  }
} finally {
  await stopPostgres();
}

console.log('\n=== summary');
for (const [name, ok] of results) console.log(`${ok ? 'PASS' : 'FAIL'}  ${name}`);
process.exit(results.every(([, ok]) => ok) ? 0 : 1);
