// Benchmark (not a test): `npm run bench:reports`. Fills a throwaway embedded PostgreSQL with
// 100,000 claims spread over two years and their audit log (created, in progress, verdict,
// submitted, approved for most; about 500,000 events), then times the reports page's queries
// (lib/reports/queries.ts, the same statements the page runs) for the default twelve weeks, a whole
// year, and a year filtered by one editor. Baseline, in the same run: a plain count of the range's
// events by kind, the least any report over those events must read.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { parseReportFilters } from '@/lib/reports/filters';
import { readDeskReport, type RunQuery } from '@/lib/reports/queries';
import { startEmbeddedPostgres } from './lib/embedded-postgres';
import { migrateDeploy } from './lib/migrate';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const RUNS = 5;
const TODAY = new Date('2026-11-30T12:00:00Z');

const SEED_SQL = (rows: number) => `
INSERT INTO "User" (id, email, name, "passwordHash", role, "updatedAt")
  SELECT 'u' || g, 'editor' || g || '@bench.test', 'Editor ' || g, 'x', 'EDITOR', now() FROM generate_series(1, 10) g;
INSERT INTO "Article" (id, title, body, "rawInput", "createdById", "updatedAt")
  VALUES ('a1', 'Bench article', 'Menteri said the bridge was finished.', 'raw', 'u1', now());
INSERT INTO "Source" (id, name, "normalizedName", kind, "updatedAt")
  SELECT 's' || g, 'Source ' || g, 'source ' || g, (enum_range(NULL::"SourceKind"))[1 + g % 6], now() FROM generate_series(0, 5) g;
INSERT INTO "Claim" (id, summary, status, publication, "assigneeId", "verdictById", "createdById", "createdAt", "updatedAt")
  SELECT 'c' || g, 'Bench claim ' || g,
    (CASE WHEN g % 10 < 7 THEN 'FALSE' WHEN g % 10 < 8 THEN 'IN_PROGRESS' ELSE 'UNSTARTED' END)::"ClaimStatus",
    (CASE WHEN g % 10 < 6 THEN 'PUBLISHED' WHEN g % 10 < 7 THEN 'IN_REVIEW' ELSE 'DRAFT' END)::"Publication",
    'u' || (1 + g % 10), 'u' || (1 + g % 10), 'u' || (1 + g % 10),
    timestamp '2024-12-01' + (g::float / ${rows}) * interval '730 days', now()
  FROM generate_series(1, ${rows}) g;
INSERT INTO "Attribution" (id, "claimId", "articleId", "sourceId", "quoteStart", "quoteEnd", "quoteText", "createdById", "updatedAt")
  SELECT 't' || g, 'c' || g, 'a1', 's' || (g % 6), 0, 7, 'Menteri', 'u1', now() FROM generate_series(1, ${rows}) g;
INSERT INTO "ClaimEvent" (id, "claimId", "actorId", kind, after, at)
  SELECT 'e' || g || '-' || step, 'c' || g, 'u' || (1 + (g + (step / 4)) % 10), kind::"ClaimEventKind", after::jsonb,
    c."createdAt" + step * (interval '1 hour' * (1 + g % 97))
  FROM generate_series(1, ${rows}) g
  JOIN "Claim" c ON c.id = 'c' || g
  CROSS JOIN LATERAL (VALUES
    (0, 'CREATED', NULL), (1, 'STATUS_CHANGED', '{"status":"IN_PROGRESS"}'), (2, 'STATUS_CHANGED', '{"status":"FALSE"}'),
    (3, 'SUBMITTED', NULL), (4, 'APPROVED', NULL)) AS e(step, kind, after)
  WHERE step <= CASE WHEN g % 10 < 6 THEN 4 WHEN g % 10 < 7 THEN 3 WHEN g % 10 < 8 THEN 1 ELSE 0 END;
`;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function time(label: string, fn: () => Promise<unknown>) {
  await fn();
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await fn();
    runs.push(performance.now() - start);
  }
  return { label, ms: median(runs) };
}

const postgres = await startEmbeddedPostgres({
  dataDir: mkdtempSync(path.join(os.tmpdir(), 'claimdesk-bench-reports-')),
  database: 'bench_reports',
  removeOnStop: true,
});
try {
  await migrateDeploy(postgres.url);
  const pool = new pg.Pool({ connectionString: postgres.url, max: 2 });
  const seedStart = performance.now();
  await pool.query(SEED_SQL(ROWS));
  await pool.query('VACUUM ANALYZE');
  const { rows } = await pool.query<{ events: string }>('SELECT count(*) AS events FROM "ClaimEvent"');
  console.log(
    `seeded ${ROWS.toLocaleString('en')} claims, ${Number(rows[0]?.events).toLocaleString('en')} events in ${((performance.now() - seedStart) / 1000).toFixed(1)} s\n`,
  );
  const run: RunQuery = async <T>(sql: string, params: unknown[]) => (await pool.query(sql, params)).rows as T[];
  const ranges = [
    ['last 12 weeks', {}],
    ['one year', { from: '2025-12-01', to: '2026-11-30' }],
    ['one year, one editor', { from: '2025-12-01', to: '2026-11-30', editor: 'u3' }],
  ] as const;
  console.log('range                  report (6 queries)   baseline (count of the range by kind)');
  for (const [label, params] of ranges) {
    const parsed = parseReportFilters(params, TODAY);
    if (!parsed.ok) throw new Error(parsed.problem);
    const { filters } = parsed;
    const report = await time('report', () => readDeskReport(run, filters));
    const baseline = await time('baseline', () =>
      pool.query('SELECT kind, count(*) FROM "ClaimEvent" WHERE at >= $1 AND at < $2 GROUP BY kind', [filters.from, filters.to]),
    );
    console.log(`${label.padEnd(22)} ${report.ms.toFixed(0).padStart(8)} ms          ${baseline.ms.toFixed(0).padStart(8)} ms`);
  }
  await pool.end();
} finally {
  await postgres.stop();
}
