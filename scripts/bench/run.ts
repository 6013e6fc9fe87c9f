// Benchmark (not a test): `npm run bench [-- --duration 10 --connections 50 --only index,search]`. Issue 12, item 1.
// Starts a throwaway embedded PostgreSQL with 10,000 published claims over 500 sources and one
// article with 500 working claims, reuses the production build in .next when it was built for this
// data and is newer than every source file (or runs `next build` and says why), starts `next start`
// on a free port, and
// loads each page with autocannon right after a static chunk measured in the same run, so each
// page's figure is also a share of what this machine serves at best just then. Prints the table
// and the targets with PASS/FAIL, and writes bench/results/latest.json.
// Then, when `varnishd` is installed (Debian package `varnish`; never installed here) and unless
// `--direct` is given, it puts Varnish with deploy/varnish/claimdesk.vcl in front of the same
// instance and loads the verdict page and the index through it, each after the same static chunk
// through the same proxy.
// Last, the floor: a minimal Next app (scripts/bench/floor-app, no session, database or
// translations) loaded the same way: a dynamic page, a dynamic page of the workspace's shape and
// size, and 1,000 cached pages not yet rendered, then the dynamic page on two instances. That is
// what Next itself manages on this machine, reported beside the targets that need a render per
// request.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../lib/database';
import { startEmbeddedPostgres } from '../lib/embedded-postgres';
import { findFreePort } from '../lib/free-port';
import { migrateDeploy } from '../lib/migrate';
import { BIG_ARTICLE_ID, BIG_SOURCE_ID, fillBenchDatabase, SEARCH_WORD } from './fill-database';
import { missingPrograms, startVarnish } from '../scale/services';
import { load, measureBytes, type BenchPage } from './load';
import { FLOOR_APP_DIR, floorOnTwoInstances, floorPages } from './floor';
import { buildFor, buildNeeded, pickStaticChunk, runBuild, startNext } from './next-server';
import { checkTargets, formatFloor, formatPages, formatTargets, type PageFigures } from './targets';

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: process.env.BENCH_DURATION ?? '10' },
    connections: { type: 'string', default: process.env.BENCH_CONNECTIONS ?? '50' },
    'feed-connections': { type: 'string', default: '5' },
    // A few pages only, while working on them: `--only workspace,desk` (keys as in the table).
    only: { type: 'string' },
    // `--only floor` runs the floor app's pages alone.
    direct: { type: 'boolean', default: false },
  },
});
const only = args.only ? new Set(args.only.split(',').map((key) => key.trim())) : null;
const duration = Number(args.duration);
const connections = Number(args.connections);
const feedConnections = Number(args['feed-connections']);
if (![duration, connections, feedConnections].every((n) => Number.isInteger(n) && n > 0)) {
  console.error('--duration, --connections and --feed-connections take whole numbers from 1.');
  process.exit(2);
}

const log = (line: string) => console.log(`[bench] ${line}`);
// Reader pages carry their language in the path; the unprefixed addresses only redirect there.
const reader = (path: string) => `/id${path}`;
const MB = 1024 * 1024;

async function login(baseUrl: string): Promise<string> {
  // One login only: sign-ins are throttled per account.
  const response = await fetch(`${baseUrl}/api/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'editor@example.org', password: 'editor-password' }),
  });
  if (response.status !== 200) throw new Error(`login answered ${response.status}: ${await response.text()}`);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .filter((c) => c?.includes('session-token'))
    .join('; ');
  if (!cookie) throw new Error('login set no session cookie');
  return cookie;
}

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'claimdesk-bench-pg-'));
const postgres = await startEmbeddedPostgres({ dataDir, database: 'claimdesk_bench', removeOnStop: true, log });
let stopNext: (() => Promise<void>) | null = null;
let stopProxy: (() => Promise<void>) | null = null;
const workDir = mkdtempSync(path.join(os.tmpdir(), 'claimdesk-bench-'));
const cleanUp = async () => {
  await stopProxy?.();
  await stopNext?.();
  rmSync(workDir, { recursive: true, force: true });
  await postgres.stop();
};
process.on('SIGINT', () => void cleanUp().then(() => process.exit(130)));
process.on('SIGTERM', () => void cleanUp().then(() => process.exit(143)));

try {
  await migrateDeploy(postgres.url);
  const fillStarted = performance.now();
  const data = await fillBenchDatabase(postgres.url, log);
  log(`Database filled in ${((performance.now() - fillStarted) / 1000).toFixed(1)} s.`);
  const env = {
    ...process.env,
    DATABASE_URL: postgres.url,
    AUTH_SECRET: 'bench-only-secret-not-for-production',
    AUTH_TRUST_HOST: 'true',
    NEXT_TELEMETRY_DISABLED: '1',
  };
  const reason = buildNeeded('bench');
  if (reason) {
    log(`Building (${reason}): next build`);
    await buildFor('bench', env);
  } else {
    log('Reusing the production build in .next (built for the bench data, and newer than every source file).');
  }
  const [appPort, proxyPort] = [await findFreePort(), await findFreePort()];
  const proxyUrl = `http://127.0.0.1:${proxyPort}`;
  // Purges go to the proxy, as in production (nothing is published during the bench).
  const next = await startNext(appPort, { ...env, CACHE_PURGE_TARGETS: proxyUrl }, log);
  stopNext = next.stop;
  log(`next start: first 200 on / after ${Math.round(next.coldStartMs)} ms; idle RSS ${Math.round(next.idleRssBytes / MB)} MB.`);
  const cookie = await login(next.baseUrl);
  const chunk = pickStaticChunk();
  const base = { baseUrl: next.baseUrl, connections, durationSeconds: duration };
  // `warmUp` runs just before a page's measured run and is reported, not judged: the cold verdicts
  // are measured on a server that has rendered verdict pages before (200 others, at the same
  // concurrency), as any server that has been up a while has. Measured right after a start, the
  // first two seconds of renders ran in code not yet compiled by V8 and on database connections
  // still being opened, up to twice as slow, and made the whole run's p99.
  const pages: BenchPage[] = [
    { key: 'verdict-hot', page: 'verdict page, one hot URL', load: { ...base, paths: [reader(data.hotClaimPath)] } },
    {
      key: 'verdict-cold',
      page: `verdict page, ${data.coldClaimPaths.length} URLs not yet rendered`,
      load: { ...base, paths: data.coldClaimPaths.map(reader), amount: data.coldClaimPaths.length, maxSeconds: Math.max(30, duration * 3) },
      warmUp: { ...base, paths: data.warmUpClaimPaths.map(reader), amount: data.warmUpClaimPaths.length, maxSeconds: 30 },
    },
    { key: 'index', page: 'index /id', load: { ...base, paths: ['/id'] } },
    { key: 'search', page: `/id?q=${SEARCH_WORD}`, load: { ...base, paths: [`/id?q=${SEARCH_WORD}`] } },
    { key: 'source', page: '/id/sources/<id> (500 claims)', load: { ...base, paths: [reader(`/sources/${BIG_SOURCE_ID}`)] } },
    { key: 'desk', page: '/desk, signed in', load: { ...base, paths: ['/desk'], headers: { cookie } } },
    {
      key: 'workspace',
      page: 'workspace with 500 claims, signed in',
      load: { ...base, paths: [`/desk/articles/${BIG_ARTICLE_ID}`], headers: { cookie } },
    },
    {
      key: 'feed-json',
      page: `/claims.json (${feedConnections} connections)`,
      load: { ...base, connections: feedConnections, paths: ['/claims.json'] },
    },
    {
      key: 'feed-csv',
      page: `/claims.csv (${feedConnections} connections)`,
      load: { ...base, connections: feedConnections, paths: ['/claims.csv'] },
    },
  ];
  const results: PageFigures[] = [];
  const unknown = only ? [...only].filter((key) => key !== 'floor' && !pages.some((p) => p.key === key)) : [];
  if (unknown.length) throw new Error(`--only: no page ${unknown.join(', ')} (pages: ${pages.map((p) => p.key).join(', ')}, floor)`);
  const measure = async (baseUrl: string | string[], page: BenchPage, via = '', staticChunk = chunk) => {
    // Sizes are read from one instance when several share the load.
    const sizeBase = Array.isArray(baseUrl) ? baseUrl[0] : baseUrl;
    const staticRun = await load({ ...base, baseUrl, connections: page.load.connections, paths: [staticChunk.path] });
    log(`${via}${staticChunk.path}: ${staticRun.reqPerSec.toFixed(0)} req/s`);
    results.push({
      key: 'static',
      page: `${via}static chunk (${Math.round(staticChunk.bytes / 1024)} kB), before ${page.key}`,
      staticReqPerSec: staticRun.reqPerSec,
      bytes: staticChunk.bytes,
      ...staticRun,
    });
    if (page.warmUp) {
      const warm = await load({ ...page.warmUp, baseUrl });
      log(
        `${via}warm-up before ${page.key}: ${warm.requests} other pages, ${warm.reqPerSec.toFixed(1)} req/s, p50 ${warm.p50} ms, p99 ${warm.p99} ms`,
      );
      const warmSize = await measureBytes(`${sizeBase}${page.warmUp.paths[0]}`);
      results.push({
        key: 'warm-up',
        page: `${via}warm-up: ${warm.requests} other pages just before ${page.key} (not judged)`,
        staticReqPerSec: staticRun.reqPerSec,
        bytes: warmSize.bytes,
        ...warm,
      });
    }
    const size = await measureBytes(`${sizeBase}${page.load.paths[0]}`, page.load.headers);
    if (size.status !== 200) throw new Error(`${page.load.paths[0]} answered ${size.status}`);
    const run = await load({ ...page.load, baseUrl });
    log(
      `${via}${page.page}: ${run.reqPerSec.toFixed(1)} req/s, p50 ${run.p50} ms, p99 ${run.p99} ms (${run.requests} requests in ${run.seconds.toFixed(1)} s)`,
    );
    results.push({ key: page.key, page: `${via}${page.page}`, staticReqPerSec: staticRun.reqPerSec, bytes: size.bytes, ...run });
  };
  for (const page of pages.filter((p) => !only || only.has(p.key))) await measure(next.baseUrl, page);

  const throughProxy = pages
    .filter((p) => p.key === 'verdict-hot' || p.key === 'index')
    .filter((p) => !only || only.has(p.key))
    .map((p) => ({ ...p, key: `proxy-${p.key}` }));
  const noVarnish = missingPrograms().some((missing) => missing.startsWith('varnishd'));
  if (args.direct || noVarnish || throughProxy.length === 0) {
    log(
      `Not measured through the caching proxy: ${args.direct ? '--direct' : noVarnish ? 'varnishd is not installed (Debian package varnish)' : '--only'}.`,
    );
  } else {
    const proxy = await startVarnish(proxyPort, [appPort], workDir);
    stopProxy = proxy.stop;
    log(`Varnish on ${proxy.url} in front of ${next.baseUrl}.`);
    for (const page of throughProxy) await measure(proxy.url, page, 'through Varnish: ');
  }
  const peakRss = next.peakRssBytes();
  await next.stop();
  stopNext = null;
  if (!only || only.has('floor')) {
    log('The floor: building and starting scripts/bench/floor-app (Next alone).');
    await runBuild(env, FLOOR_APP_DIR);
    const floor = await startNext(await findFreePort(), env, log, FLOOR_APP_DIR);
    stopNext = floor.stop;
    const floorChunk = pickStaticChunk(FLOOR_APP_DIR);
    for (const page of floorPages(base)) await measure(floor.baseUrl, page, '', floorChunk);
    // Then the same dynamic page on a second instance beside the first, as the production topology
    // scales out: what both cores of this machine give, its static chunk measured the same way.
    const second = await startNext(await findFreePort(), env, log, FLOOR_APP_DIR);
    stopNext = async () => void (await Promise.all([floor.stop(), second.stop()]));
    await measure([floor.baseUrl, second.baseUrl], floorOnTwoInstances(base), '', floorChunk);
  }
  const checks = checkTargets(results, peakRss);
  const pagesOnly = results.filter((r) => r.key !== 'static');
  console.log(
    `\nnpm run bench: ${connections} connections, ${duration} s per run, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  console.log(`${data.claimCount} published claims; static file ${chunk.path} (${chunk.bytes} B).\n`);
  console.log(formatPages(results));
  console.log(
    `\ncold start (spawn to first 200 on /): ${Math.round(next.coldStartMs)} ms · next-server RSS: idle ${Math.round(next.idleRssBytes / MB)} MB, peak ${Math.round(peakRss / MB)} MB\n`,
  );
  console.log(formatTargets(checks));
  const floorNote = formatFloor(results);
  if (floorNote) console.log(`\n${floorNote}`);
  const out = path.join(PROJECT_ROOT, 'bench', 'results');
  mkdirSync(out, { recursive: true });
  const report = {
    at: new Date().toISOString(),
    machine: {
      cores: os.cpus().length,
      cpu: os.cpus()[0]?.model ?? null,
      memoryMB: Math.round(os.totalmem() / MB),
      loadAverage: os.loadavg(),
      node: process.version,
    },
    settings: { connections, durationSeconds: duration, feedConnections, staticFile: chunk },
    build: reason ? `built: ${reason}` : 'reused',
    coldStartMs: Math.round(next.coldStartMs),
    rss: { idleMB: Math.round(next.idleRssBytes / MB), peakMB: Math.round(peakRss / MB) },
    pages: pagesOnly,
    statics: results.filter((r) => r.key === 'static'),
    targets: checks,
  };
  writeFileSync(path.join(out, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  log('Wrote bench/results/latest.json');
} finally {
  await cleanUp();
}
