// `npm run test:load` (not part of `npm test`; issue 12, item 6). Loopback only, bounded in time.
// A throwaway embedded PostgreSQL with the benchmark's 10,000 published claims, and the production
// build under `next start`. Then:
// 1. for 60 s, 200 readers load verdict pages while 5 editors save their claims' explanations:
//    no 5xx, and every save reconciled against the audit log (none lost, none duplicated);
// 2. the same load for 30 s, with PostgreSQL stopped for 10 s in the middle: cached reader pages keep
//    answering; the desk answers a clear 503 within 5 s; it serves again within 5 s of the database
//    returning, without a restart; and the saves reconcile again (nothing half-written).
// Readers and editors reach the app through Varnish (deploy/varnish, as production runs it) when
// `varnishd` is installed (Debian package `varnish`; never installed by this script), or directly on
// Next with `--direct`: one Node thread cannot serve 200 readers and still answer editors in time,
// and production does not ask it to.
// Prints a table and exits 1 when a check fails. Stops everything it started, also on Ctrl-C.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { fillBenchDatabase } from '../bench/fill-database';
import { buildFor, buildNeeded, startNext, type RunningNext } from '../bench/next-server';
import { startEmbeddedPostgres, type RunningPostgres } from '../lib/embedded-postgres';
import { findFreePort } from '../lib/free-port';
import { migrateDeploy } from '../lib/migrate';
import { missingPrograms, startVarnish, type Service } from '../scale/services';
import { runEditor, type EditorRun } from './editor';
import { editorSessions } from './editor-sessions';
import { checkOutage, watchDesk } from './outage';
import { countOf, describeStatuses, loadReadersApart } from './readers';
import { reconcile, reconciled } from './reconcile';

const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    readers: { type: 'string', default: '200' },
    editors: { type: 'string', default: '5' },
    outage: { type: 'string', default: '10' },
    direct: { type: 'boolean', default: false },
  },
});
const [seconds, readers, editors, outageSeconds] = [args.seconds, args.readers, args.editors, args.outage].map(Number) as [
  number,
  number,
  number,
  number,
];
if (![seconds, readers, editors, outageSeconds].every((n) => Number.isInteger(n) && n > 0)) {
  console.error('--seconds, --readers, --editors and --outage take whole numbers from 1.');
  process.exit(2);
}

const log = (line: string) => console.log(`[load] ${line}`);
const AUTH_SECRET = 'load-test-only-secret-not-for-production';
const DATABASE = 'claimdesk_load';
const checks: [string, boolean, string][] = [];
const check = (name: string, ok: boolean, detail: string) => {
  checks.push([name, ok, detail]);
  log(`${ok ? 'PASS' : 'FAIL'} ${name}: ${detail}`);
};

const throughProxy = !args.direct;
if (throughProxy && missingPrograms().some((missing) => missing.startsWith('varnishd'))) {
  console.error('test:load sends readers through Varnish, which is not installed: sudo apt-get install -y varnish');
  console.error('(or run it directly on Next with: npm run test:load -- --direct)');
  process.exit(2);
}

const workDir = mkdtempSync(path.join(os.tmpdir(), 'claimdesk-load-'));
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'claimdesk-load-pg-'));
const pgPort = await findFreePort();
let postgres: RunningPostgres | null = await startEmbeddedPostgres({ dataDir, database: DATABASE, port: pgPort, log });
let next: RunningNext | null = null;
let proxy: Service | null = null;
/** Where readers and editors send their requests: the proxy, or Next itself with --direct. */
let frontUrl = '';
let cleaning = false;
const cleanUp = async () => {
  if (cleaning) return;
  cleaning = true;
  await proxy?.stop();
  await next?.stop();
  await postgres?.stop();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(workDir, { recursive: true, force: true });
};
process.on('SIGINT', () => void cleanUp().then(() => process.exit(130)));
process.on('SIGTERM', () => void cleanUp().then(() => process.exit(143)));

async function runEditors(cookies: { cookie: string; claimId: string }[], until: number, phase: string): Promise<EditorRun[]> {
  return Promise.all(
    cookies.map(({ cookie, claimId }, i) => runEditor({ baseUrl: frontUrl, cookie, claimId, label: `${phase}-e${i + 1}`, until })),
  );
}

/** The editors' answers by status, and the slowest, for the check's detail. */
function describeAttempts(runs: EditorRun[]): string {
  const attempts = runs.flatMap((r) => r.attempts);
  const byStatus = new Map<number, number>();
  for (const a of attempts) byStatus.set(a.status, (byStatus.get(a.status) ?? 0) + 1);
  const statuses = [...byStatus.entries()].map(([status, n]) => `${status === 0 ? 'no answer' : status}: ${n}`).join(', ');
  const slowest = Math.max(0, ...attempts.map((a) => a.ms));
  return `${statuses || 'none'}; slowest ${Math.round(slowest)} ms`;
}

async function reconcileAll(url: string, runs: EditorRun[], phase: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const results = await Promise.all(runs.map((run) => reconcile(client, run)));
    const saved = results.reduce((n, r) => n + r.saved, 0);
    const unclear = results.reduce((n, r) => n + r.unclear, 0);
    const bad = results.filter((r) => !reconciled(r));
    check(
      `${phase}: saves reconcile with the audit log`,
      bad.length === 0 && saved > 0,
      `${saved} saves seen, ${results.reduce((n, r) => n + r.events, 0)} events in all; ${unclear} without a clear answer; ` +
        (bad.length === 0 ? 'none lost, duplicated or half-written' : JSON.stringify(bad).slice(0, 600)),
    );
  } finally {
    await client.end();
  }
}

try {
  await migrateDeploy(postgres.url);
  log('Filling the database (10,000 published claims)...');
  const data = await fillBenchDatabase(postgres.url, log);
  const sessions = await editorSessions(postgres.url, editors, AUTH_SECRET);
  const why = buildNeeded('bench');
  const env = { ...process.env, DATABASE_URL: postgres.url, AUTH_SECRET, AUTH_TRUST_HOST: 'true', NEXT_TELEMETRY_DISABLED: '1' };
  if (why) {
    log(`Building first: ${why}...`);
    await buildFor('bench', env);
  }
  const [appPort, proxyPort] = [await findFreePort(), await findFreePort()];
  const proxyUrl = `http://127.0.0.1:${proxyPort}`;
  const appEnv = throughProxy ? { ...env, CACHE_PURGE_TARGETS: proxyUrl, PUBLIC_BASE_URL: proxyUrl } : env;
  next = await startNext(appPort, appEnv, log);
  if (throughProxy) {
    const varnish = await startVarnish(proxyPort, [appPort], workDir);
    proxy = varnish;
    frontUrl = varnish.url;
  } else {
    frontUrl = next.baseUrl;
  }
  log(`Readers and editors go to ${throughProxy ? `Varnish (${frontUrl}) in front of Next` : 'Next directly'} (${next.baseUrl}).`);
  // Reader pages carry their language in the path; the unprefixed addresses only redirect there.
  const paths = [data.hotClaimPath, ...data.coldClaimPaths].map((p) => `/id${p}`);
  log(`Warming ${paths.length} verdict pages...`);
  for (let i = 0; i < paths.length; i += 20)
    await Promise.all(paths.slice(i, i + 20).map((p) => fetch(frontUrl + p).then((r) => r.text())));

  log(`Phase 1: ${readers} readers and ${editors} editors for ${seconds} s...`);
  const until = Date.now() + seconds * 1000;
  const [tally, runs] = await Promise.all([
    loadReadersApart({ baseUrl: frontUrl, paths, connections: readers, seconds }),
    runEditors(sessions, until, 'p1'),
  ]);
  const editor5xx = runs.flatMap((r) => r.attempts).filter((a) => a.status >= 500 || a.status === 0).length;
  check(
    'phase 1: readers get no 5xx',
    countOf(tally, (s) => s >= 500) === 0 && tally.errors === 0,
    `${tally.requests} answers (${describeStatuses(tally)}), ${tally.errors} errors, p50 ${tally.p50} ms, p99 ${tally.p99} ms`,
  );
  check(
    'phase 1: editors get no 5xx',
    editor5xx === 0,
    `${runs.flatMap((r) => r.attempts).length} saves tried, ${editor5xx} 5xx or no answer; ${describeAttempts(runs)}`,
  );
  await reconcileAll(postgres.url, runs, 'phase 1');

  const outageAt = 5_000;
  const phaseSeconds = Math.ceil(outageAt / 1000) + outageSeconds + 15;
  log(`Phase 2: the same load for ${phaseSeconds} s; PostgreSQL stops ${outageAt / 1000} s in, for ${outageSeconds} s...`);
  const started = Date.now();
  const deskWatch = watchDesk(frontUrl, sessions[0]!.cookie, started + phaseSeconds * 1000);
  const outage = (async () => {
    await new Promise((r) => setTimeout(r, outageAt));
    const stoppedAt = Date.now();
    await postgres.stop();
    log('PostgreSQL stopped.');
    postgres = null;
    await new Promise((r) => setTimeout(r, Math.max(0, stoppedAt + outageSeconds * 1000 - Date.now())));
    const restartedAt = Date.now();
    postgres = await startEmbeddedPostgres({ dataDir, database: DATABASE, port: pgPort, log });
    log(`PostgreSQL is back (${Math.round(Date.now() - restartedAt)} ms to start).`);
    return { stoppedAt, backAt: Date.now() };
  })();
  const [tally2, runs2, watch, times] = await Promise.all([
    loadReadersApart({ baseUrl: frontUrl, paths, connections: readers, seconds: phaseSeconds }),
    runEditors(sessions, started + phaseSeconds * 1000, 'p2'),
    deskWatch,
    outage,
  ]);
  check(
    'outage: cached reader pages keep answering',
    countOf(tally2, (s) => s !== 200) === 0 && tally2.errors === 0,
    `${tally2.requests} answers (${describeStatuses(tally2)}), ${tally2.errors} errors, p99 ${tally2.p99} ms, slowest ${tally2.max} ms`,
  );
  for (const [name, ok, detail] of checkOutage(watch, times)) check(name, ok, detail);
  await reconcileAll(postgres.url, runs2, 'outage');
  log(`next-server RSS peak: ${Math.round(next.peakRssBytes() / 1024 / 1024)} MB`);
} catch (error) {
  check('the run itself', false, error instanceof Error ? (error.stack ?? error.message) : String(error));
} finally {
  await cleanUp();
}

console.log('\nload test');
for (const [name, ok, detail] of checks) console.log(`${ok ? 'PASS' : 'FAIL'}  ${name}\n      ${detail}`);
process.exit(checks.every(([, ok]) => ok) ? 0 : 1);
