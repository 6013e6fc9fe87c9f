// Benchmark (not a test): `npm run bench:export`. Fills a throwaway embedded PostgreSQL with 100,000
// published claims (hostile text, two pieces of evidence each), then times the CSV export next to
// PostgreSQL's own `COPY (...) TO STDOUT (FORMAT csv)` of the same rows and columns, read by this
// process over the wire. Our figure is the pipeline the CLI and /api/export run (page reader +
// encoder) in this process, and again as the real CLI in a child process (wall time, peak RSS).
// Targets: within 3x of COPY's time, peak RSS under 250 MB.
import { spawn } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { readExportClaims } from '@/lib/data/export-claims';
import { encodeExport } from '@/lib/export/encode';
import { DEFAULT_FILTERS, type ExportFormat } from '@/lib/export/filters';
import { getPublicSite } from '@/lib/public-site';
import { startEmbeddedPostgres } from './lib/embedded-postgres';
import { migrateDeploy } from './lib/migrate';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const RUNS = 3;
const MB = 1024 * 1024;

// Everything generated server-side in one statement each: the claims carry quotes, commas, line
// breaks, Indonesian text, emoji and a leading "=", so the CSV writer does its real work.
const SEED_SQL = (n: number) => `
  INSERT INTO "User" (id, email, name, "passwordHash", role, "updatedAt") VALUES ('bench-user', 'bench@example.test', 'Dewi Pemeriksa', 'x', 'EDITOR', now());
  INSERT INTO "Source" (id, name, "normalizedName", kind, "updatedAt")
    SELECT 'src' || i, '@Sumber ' || i || ', "resmi"', 'sumber ' || i, (ARRAY['GOVERNMENT', 'PERSON', 'MEDIA'])[1 + i % 3]::"SourceKind", now() FROM generate_series(1, 500) i;
  INSERT INTO "Article" (id, title, url, publisher, "publishedAt", language, body, "rawInput", "createdById", "updatedAt")
    SELECT 'art' || i, 'Judul "berita", nomor ' || i, 'https://news.example/' || i, 'Kompas.com', now() - i * interval '1 hour',
      CASE WHEN i % 2 = 0 THEN 'id' ELSE 'en' END, 'body', 'raw', 'bench-user', now() FROM generate_series(1, 200) i;
  INSERT INTO "Claim" (id, "articleId", "sourceId", "quoteStart", "quoteEnd", "quoteText", cue, stance, summary, status, explanation,
      "reviewedById", publication, "publishedAt", "createdById", "updatedAt")
    SELECT 'c' || lpad(i::text, 9, '0'), 'art' || (1 + i % 200), 'src' || (1 + i % 500), 0, 10,
      '"Tanggul jebol," kata Bupati, ' || i || E'\nbaris kedua 😀', 'mengatakan', 'ASSERTS',
      '=Klaim nomor ' || i || ': harga beras naik 20%, "kata" menteri 🇮🇩', (ARRAY['TRUE', 'PARTLY_TRUE', 'UNPROVEN', 'MISLEADING', 'FALSE'])[1 + i % 5]::"ClaimStatus",
      'Penjelasan, dengan koma; dan "kutipan". ' || repeat('Data BPS menunjukkan angka yang berbeda. ', 5),
      'bench-user', 'PUBLISHED', now() - i * interval '1 minute', 'bench-user', now()
    FROM generate_series(1, ${n}) i;
  INSERT INTO "Evidence" (id, "claimId", url, title, relation, "addedById", "updatedAt")
    SELECT 'ev' || i || '-' || k, 'c' || lpad(i::text, 9, '0'), 'https://data.example/' || i || '/' || k, 'Bukti ' || k, 'REFUTES', 'bench-user', now()
    FROM generate_series(1, ${n}) i, generate_series(1, 2) k;
  INSERT INTO "Correction" (id, "claimId", what, why, "authorId")
    SELECT 'cor' || i, 'c' || lpad(i::text, 9, '0'), 'Label', 'Data baru', 'bench-user' FROM generate_series(1, ${n}, 100) i;`;

// The same rows and stored columns as the CSV export, joined the same way (the export adds the
// computed ones: public URL, label, rating).
const COPY_QUERY = `COPY (
  SELECT c.id, c.summary, c."quoteText", s.name, s.kind, c.cue, c.stance, c.status, c.explanation,
    (SELECT string_agg(e.url, E'\n' ORDER BY e."createdAt", e.id) FROM "Evidence" e WHERE e."claimId" = c.id),
    a.title, a.url, a.publisher, a."publishedAt", a.language, r.name, c.publication, c."publishedAt"
  FROM "Claim" c JOIN "Article" a ON a.id = c."articleId" LEFT JOIN "Source" s ON s.id = c."sourceId" LEFT JOIN "User" r ON r.id = c."reviewedById"
  WHERE c."deletedAt" IS NULL AND c.publication = 'PUBLISHED' ORDER BY c.id
) TO STDOUT (FORMAT csv, HEADER)`;

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

async function timeOurs(url: string, format: ExportFormat): Promise<{ ms: number; bytes: number; peakRss: number }> {
  const client = new pg.Pool({ connectionString: url, max: 2 });
  let peakRss = process.memoryUsage.rss();
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 10);
  try {
    const start = performance.now();
    let bytes = 0;
    const pages = readExportClaims(client, DEFAULT_FILTERS, { markupOnly: format === 'claimreview' || format === 'factcheck' });
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
  await seeder.query('VACUUM ANALYZE');
  await seeder.end();
  console.log(
    `generated ${ROWS.toLocaleString('en')} published claims (2 evidence each) in ${((performance.now() - seedStart) / 1000).toFixed(1)} s\n`,
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
  for (const format of ['ndjson', 'claimreview'] as const) others.push({ format, ...(await timeOurs(postgres.url, format)) });
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
    console.log(`export ${o.format.padEnd(12)}, in process      ${s(o.ms).padEnd(10)} ${`${(o.bytes / MB).toFixed(1)} MB`.padEnd(10)}`);
  console.log(
    `npm run export -- --format csv (CLI)  ${s(cli.ms).padEnd(10)} ${'/dev/null'.padEnd(10)} ${(cli.peakRss / MB).toFixed(0)} MB (exit ${cli.code})`,
  );
  console.log(`\nratio export/COPY: ${ratio.toFixed(2)}x (target <= 3x) ${ratio <= 3 ? 'OK' : 'MISSED'}`);
  const worstRss = Math.max(peakRss, cli.peakRss);
  console.log(`peak RSS: ${(worstRss / MB).toFixed(0)} MB (target < 250 MB) ${worstRss < 250 * MB ? 'OK' : 'MISSED'}`);
} finally {
  await postgres.stop();
}
