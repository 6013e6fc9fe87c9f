// `npm run test:scale` (not part of `npm test`; issue 12, item 5). The production topology on
// loopback ports: an embedded PostgreSQL, redis-server, two `next start` instances of the
// production build sharing Redis and the database, and Varnish with deploy/varnish/claimdesk.vcl in
// front. Checks that an editor signed in through one instance acts through the other; that a
// publish, correction and unpublish on one are seen through the proxy and directly on the other
// within 2 s; that login throttling counts across instances; that a session is never served
// from the proxy's cache; and that signing out on one instance ends the session on the other. Installs nothing; stops everything it started, also on failure or Ctrl-C.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { findChromium } from '../lib/chromium';
import { startEmbeddedPostgres } from '../lib/embedded-postgres';
import { findFreePort } from '../lib/free-port';
import { migrateDeploy } from '../lib/migrate';
import { buildFor, buildNeeded, startNext } from '../bench/next-server';
import * as checks from './checks';
import { missingPrograms, startRedis, startVarnish, type Service } from './services';
import { signIn, stageClaim } from './stage';

const log = (line: string) => console.log(`[scale] ${line}`);

const missing = missingPrograms();
const chromiumPath = findChromium();
if (missing.length > 0 || !chromiumPath) {
  const needs = [...missing, ...(chromiumPath ? [] : ['chromium (Debian package chromium)'])];
  console.error(`test:scale needs programs that are not installed: ${needs.join(', ')}.`);
  console.error('Install them with: sudo apt-get update && sudo apt-get install -y varnish redis-server chromium');
  process.exit(2);
}

const workDir = mkdtempSync(path.join(os.tmpdir(), 'claimdesk-scale-'));
const started: Service[] = [];
let browser: Browser | null = null;
let stopping: Promise<void> | null = null;
function stopAll(): Promise<void> {
  stopping ??= (async () => {
    // A browser that hangs must not keep the servers running: its close is given 5 s at most.
    await Promise.race([browser?.close().catch(() => {}), new Promise((resolve) => setTimeout(resolve, 5_000))]);
    for (const service of started.reverse())
      await service.stop().catch((error: unknown) => log(`stopping ${service.name}: ${String(error)}`));
    rmSync(workDir, { recursive: true, force: true });
  })();
  return stopping;
}
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
] as const)
  process.on(signal, () => {
    log(`${signal}: stopping everything this run started`);
    void stopAll().then(() => process.exit(code));
  });

function printTable(rows: checks.Row[]) {
  const width = Math.max(...rows.map((r) => r.check.length));
  console.log(`\n${'check'.padEnd(width)}  result  detail`);
  console.log(`${'-'.repeat(width)}  ------  ${'-'.repeat(40)}`);
  for (const row of rows) console.log(`${row.check.padEnd(width)}  ${row.pass ? 'PASS  ' : 'FAIL  '}  ${row.detail}`);
  const failed = rows.filter((r) => !r.pass).length;
  console.log(`\n${failed === 0 ? 'PASS' : 'FAIL'}: ${rows.length - failed} of ${rows.length} checks passed.`);
}

let exitCode = 1;
try {
  const postgres = await startEmbeddedPostgres({
    dataDir: path.join(workDir, 'postgres'),
    database: 'claimdesk_scale',
    removeOnStop: true,
    log,
  });
  started.push({ name: 'postgres', stop: () => postgres.stop() });
  await migrateDeploy(postgres.url);
  const claim = await stageClaim(postgres.url);
  const redis = await startRedis(await findFreePort(), workDir);
  started.push(redis);
  const [portA, portB, proxyPort] = [await findFreePort(), await findFreePort(), await findFreePort()];
  const proxyUrl = `http://127.0.0.1:${proxyPort}`;
  const env = {
    ...process.env,
    DATABASE_URL: postgres.url,
    AUTH_SECRET: 'scale-test-secret-shared-by-both-instances',
    AUTH_TRUST_HOST: 'true',
    NEXT_TELEMETRY_DISABLED: '1',
    PUBLIC_BASE_URL: proxyUrl,
  };
  const reason = buildNeeded('scale');
  if (reason) {
    log(`Building (${reason}): next build`);
    await buildFor('scale', env);
  }
  const appEnv = { ...env, REDIS_URL: redis.url, CACHE_PURGE_TARGETS: proxyUrl };
  const [a, b] = await Promise.all([portA, portB].map((port, i) => startNext(port, appEnv, (line) => log(`${'AB'[i]} ${line}`))));
  if (!a || !b) throw new Error('an app instance did not start');
  started.push({ name: 'instance A', stop: a.stop }, { name: 'instance B', stop: b.stop });
  const proxy = await startVarnish(proxyPort, [portA, portB], workDir);
  started.push(proxy);
  log(`PostgreSQL ${postgres.url.replace(/:[^:@/]*@/, ':***@')}, Redis ${redis.url}, A ${a.baseUrl}, B ${b.baseUrl}, Varnish ${proxy.url}`);

  const top: checks.Topology = { proxy: proxy.url, a: a.baseUrl, b: b.baseUrl };
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  // Cookies ignore the port: a session made on A is sent to B as well, as it would be behind one host name.
  const contextFor = async (email: string, password: string) => {
    const context = await browser!.newContext();
    const cookie = await signIn(top.a, email, password);
    await context.addCookies([{ ...cookie, domain: '127.0.0.1', path: '/', httpOnly: true, sameSite: 'Lax' }]);
    return { context, cookie: `${cookie.name}=${cookie.value}` };
  };
  const author = await contextFor('editor@example.org', 'editor-password');
  const reviewer = await contextFor('editor2@example.org', 'editor2-password');

  for (const base of [top.a, top.b])
    for (const warm of claim.warmUp)
      await fetch(`${base}${warm}`, { signal: AbortSignal.timeout(30_000) })
        .then((r) => r.arrayBuffer())
        .catch(() => null);
  const rows: checks.Row[] = [];
  // A step that throws (a button not found, a timeout) is one failed row; the others still run.
  const run = async (name: string, step: () => Promise<checks.Row | checks.Row[]>) => {
    try {
      const result = await step();
      rows.push(...(Array.isArray(result) ? result : [result]));
    } catch (error) {
      rows.push({ check: name, pass: false, detail: (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '' });
    }
  };
  await run('signed in through A, the desk opens on B', () => checks.signedInOnB(reviewer.context, top, claim));
  await run('publish on B', () => checks.publish(reviewer.context, top, claim));
  await run('correct on B', () => checks.correct(author.context, reviewer.context, top, claim));
  await run('session and cache', () => checks.sessionNeverCached(top, claim, author.cookie));
  await run('unpublish on B', () => checks.unpublish(reviewer.context, top, claim));
  await run('login throttling across instances', () => checks.throttleAcrossInstances(top));
  // Last: it ends a session of its own, made for it.
  await run('signing out across instances', async () =>
    checks.signOutEndsSessionOnB(await contextFor('viewer@example.org', 'viewer-password'), top),
  );
  printTable(rows);
  exitCode = rows.every((r) => r.pass) ? 0 : 1;
} catch (error) {
  console.error(`[scale] FAIL: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
} finally {
  await stopAll();
}
process.exit(exitCode);
