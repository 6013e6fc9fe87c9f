// Benchmark (not a test): `npm run bench:export`. Fills a throwaway embedded PostgreSQL with 100,000
// published claims (hostile text, one or two attributions and two pieces of evidence each; see
// scripts/lib/bench-export-seed.ts) and their approved snapshots, then times the CSV export next to
// PostgreSQL's own `COPY (...) TO STDOUT (FORMAT csv)` of the same rows and columns, read by this
// process over the wire. Our figure is the pipeline the CLI and /api/export run (page reader +
// encoder) in this process, and again as the real CLI in a child process (wall time, peak RSS); the
// other formats, and a desk export of the working rows, are timed once each.
// Targets: within 3x of COPY's time, peak RSS under 250 MB.
import { spawn } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createExportPool, readExportClaims } from '@/lib/data/export-claims';
import { encodeExport } from '@/lib/export/encode';
import { DEFAULT_FILTERS, type ExportFilters, type ExportFormat } from '@/lib/export/filters';
import { getPublicSite } from '@/lib/public-site';
import { startEmbeddedPostgres } from './lib/embedded-postgres';
import { COPY_QUERY, SEED_SQL, SNAPSHOT_SQL } from './lib/bench-export-seed';
import { migrateDeploy } from './lib/migrate';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const RUNS = 3;
const MB = 1024 * 1024;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** Reads COPY OUT data as it arrives, counting bytes: pg has no COPY reader of its own. */
class CopyOut implements pg.Submittable {
  bytes = 0;
  readonly done: Promise<number>;
  private settle!: { resolve: (bytes: number) => void; reject: (error: Error) => void };
  constructor(private readonly text: string) {
    this.done = new Promise((resolve, reject) => (this.settle = { resolve, reject }));
  }
  submit(connection: pg.Connection) {
    connection.query(this.text);
  }
  handleCopyData(message: { chunk: Buffer }) {
    this.bytes += message.chunk.length;
  }
  handleCommandComplete() {}
  handleReadyForQuery() {
    this.settle.resolve(this.bytes);
  }
  handleError(error: Error) {
    this.settle.reject(error);
  }
}

async function timeCopy(url: string): Promise<{ ms: number; bytes: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const start = performance.now();
    const bytes = await client.query(new CopyOut(COPY_QUERY)).done;
    return { ms: performance.now() - start, bytes };
  } finally {
    await client.end();
  }
}

async function timeOurs(
  url: string,
  format: ExportFormat,
  filters: ExportFilters = DEFAULT_FILTERS,
): Promise<{ ms: number; bytes: number; peakRss: number }> {
  const client = createExportPool(url, 2);
  let peakRss = process.memoryUsage.rss();
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 10);
  try {
    const start = performance.now();
    let bytes = 0;
    const pages = readExportClaims(client, filters, { markupOnly: format === 'claimreview' || format === 'factcheck' });
    for await (const chunk of encodeExport(format, getPublicSite(), pages)) bytes += Buffer.byteLength(chunk);
    return { ms: performance.now() - start, bytes, peakRss: Math.max(peakRss, process.memoryUsage.rss()) };
  } finally {
    clearInterval(sampler);
    await client.end();
  }
}

/** The CLI itself, stdout to /dev/null; peak RSS is the kernel's high-water mark, polled. */
function timeCli(url: string): Promise<{ ms: number; peakRss: number; code: number | null }> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx', path.resolve(import.meta.dirname, 'export.ts'), '--format', 'csv'], {
      env: { ...process.env, DATABASE_URL: url },
      stdio: ['ignore', openSync('/dev/null', 'w'), 'inherit'],
    });
    let peakRss = 0;
    const poll = setInterval(() => {
      try {
        const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (hwm?.[1]) peakRss = Math.max(peakRss, Number(hwm[1]) * 1024);
      } catch {
        // the child has exited between two polls
      }
    }, 10);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(poll);
      resolve({ ms: performance.now() - start, peakRss, code });
    });
  });
}

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'claimdesk-bench-pg-'));
const postgres = await startEmbeddedPostgres({ dataDir, database: 'claimdesk_bench', removeOnStop: true });
// getPublicSite() reads the environment, which insists on a DATABASE_URL.
process.env.DATABASE_URL = postgres.url;
try {
  await migrateDeploy(postgres.url);
  const seeder = new pg.Client({ connectionString: postgres.url });
  await seeder.connect();
  const seedStart = performance.now();
  await seeder.query(SEED_SQL(ROWS));
  const snapshotStart = performance.now();
  await seeder.query(SNAPSHOT_SQL);
  const snapshotMs = performance.now() - snapshotStart;
  await seeder.query('VACUUM ANALYZE');
  const counts = await seeder.query<{ claims: string; attributions: string; public: string }>(
    `SELECT (SELECT count(*) FROM "Claim") AS claims, (SELECT count(*) FROM "Attribution") AS attributions,
       (SELECT count(*) FROM "Claim" WHERE "publicSnapshot" IS NOT NULL) AS public`,
  );
  await seeder.end();
  const count = counts.rows[0];
  // A seed whose snapshots failed would time an empty export: refuse to report that.
  if (!count || Number(count.public) !== ROWS) throw new Error(`only ${count?.public ?? 0} of ${ROWS} claims got a snapshot`);
  console.log(
    `generated ${ROWS.toLocaleString('en')} published claims, ${Number(count.attributions).toLocaleString('en')} attributions, 2 evidence each, in ${((performance.now() - seedStart) / 1000).toFixed(1)} s (snapshots ${(snapshotMs / 1000).toFixed(1)} s)\n`,
  );

  // A warm-up of each side, so neither pays for a cold cache or first-use compilation.
  await timeCopy(postgres.url);
  await timeOurs(postgres.url, 'csv');
  const copy: number[] = [];
  const ours: number[] = [];
  let copyBytes = 0;
  let ourBytes = 0;
  let peakRss = 0;
  for (let i = 0; i < RUNS; i++) {
    const c = await timeCopy(postgres.url);
    copy.push(c.ms);
    copyBytes = c.bytes;
    const o = await timeOurs(postgres.url, 'csv');
    ours.push(o.ms);
    ourBytes = o.bytes;
    peakRss = Math.max(peakRss, o.peakRss);
  }
  const others = [];
  for (const format of ['ndjson', 'claimreview', 'attributions'] as const)
    others.push({ label: format, ...(await timeOurs(postgres.url, format)) });
  // The desk's "published and drafts": working rows, attributions aggregated in SQL.
  others.push({ label: 'csv, working', ...(await timeOurs(postgres.url, 'csv', { ...DEFAULT_FILTERS, publication: 'all' })) });
  const cli = await timeCli(postgres.url);

  const ratio = median(ours) / median(copy);
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  console.log(`median of ${RUNS} runs, ${ROWS.toLocaleString('en')} rows\n`);
  console.log('what                                  time       output     peak RSS');
  console.log(
    `COPY ... TO STDOUT (FORMAT csv)       ${s(median(copy)).padEnd(10)} ${`${(copyBytes / MB).toFixed(1)} MB`.padEnd(10)} (server)`,
  );
  console.log(
    `export csv, in process                ${s(median(ours)).padEnd(10)} ${`${(ourBytes / MB).toFixed(1)} MB`.padEnd(10)} ${(peakRss / MB).toFixed(0)} MB (whole process)`,
  );
  for (const o of others)
    console.log(
      `export ${o.label.padEnd(12)}, in process      ${s(o.ms).padEnd(10)} ${`${(o.bytes / MB).toFixed(1)} MB`.padEnd(10)} ${(o.peakRss / MB).toFixed(0)} MB`,
    );
  console.log(
    `npm run export -- --format csv (CLI)  ${s(cli.ms).padEnd(10)} ${'/dev/null'.padEnd(10)} ${(cli.peakRss / MB).toFixed(0)} MB (exit ${cli.code})`,
  );
  console.log(`\nratio export/COPY: ${ratio.toFixed(2)}x (target <= 3x) ${ratio <= 3 ? 'OK' : 'MISSED'}`);
  const worstRss = Math.max(peakRss, cli.peakRss);
  console.log(`peak RSS: ${(worstRss / MB).toFixed(0)} MB (target < 250 MB) ${worstRss < 250 * MB ? 'OK' : 'MISSED'}`);
} finally {
  await postgres.stop();
}
