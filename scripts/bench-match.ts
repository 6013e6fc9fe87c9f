// Benchmark (not a test): `npm run bench:match`. The matcher on CLEF 2020 CheckThat! task 2
// (../shared/data/clef2020-task2: 10,390 claims verified by fact-checkers, 800 tweets that repeat
// them): loads the claims (statement + fact-check title as quote) into a throwaway embedded
// PostgreSQL, ranks them for every tweet with lib/matching, and scores the run with
// ../shared/tools/score-retrieval.mjs next to a plain BM25 ranking made in the same run.
// Targets (issue 14): MAP@5 at least 0.05 above BM25; p99 under 50 ms per query.
// The relevance judgements are read only by the scorer, never by the matcher.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { matchClaims } from '@/lib/matching/match-claims';
import { buildBm25Index } from './lib/bm25-baseline';
import { parseTsv, trecLine } from './lib/match-tsv';
import { startMatcherDb } from './lib/throwaway-matcher-db';

const SHARED = path.resolve(process.env.CLAIMDESK_SHARED ?? path.join(process.cwd(), '../shared'));
const DATA = path.join(SHARED, 'data/clef2020-task2');
const SCORER = path.join(SHARED, 'tools/score-retrieval.mjs');
const QRELS = path.join(DATA, 'tweet-vclaim-pairs.qrels');

if (![DATA, SCORER, QRELS].every((p) => existsSync(p))) {
  console.log(`bench:match skipped: ${DATA} or ${SCORER} is absent (set CLAIMDESK_SHARED to the shared folder).`);
  process.exit(0);
}

interface Scores {
  map5: number;
  p1: number;
  recall5: number;
}

function score(runLines: string[], name: string, dir: string, qrels = QRELS): Scores {
  const file = path.join(dir, `${name}.run`);
  writeFileSync(file, `${runLines.join('\n')}\n`);
  return JSON.parse(execFileSync(process.execPath, [SCORER, qrels, file, '--json'], { encoding: 'utf8' })) as Scores;
}

/** The judgements of the odd- or even-numbered queries only: the weights were tuned on the odd ones. */
function halfQrels(dir: string, half: 'odd' | 'even'): string {
  const lines = readFileSync(QRELS, 'utf8')
    .split('\n')
    .filter((line) => line.trim() && Number(line.split(/\s+/)[0]) % 2 === (half === 'odd' ? 1 : 0));
  const file = path.join(dir, `${half}.qrels`);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;

const claims = parseTsv(readFileSync(path.join(DATA, 'verified_claims.docs.tsv'), 'utf8'), 'verified claims');
const queries = parseTsv(readFileSync(path.join(DATA, 'tweets.queries.tsv'), 'utf8'), 'queries');
const loadStart = performance.now();
const db = await startMatcherDb(claims);
console.log(
  `${claims.length.toLocaleString('en')} claims loaded in ${((performance.now() - loadStart) / 1000).toFixed(1)} s; ${queries.length} queries`,
);
const dir = mkdtempSync(path.join(os.tmpdir(), 'claimdesk-bench-match-'));
try {
  // Warm-up: the collection statistics and PostgreSQL's caches, so the timings are of steady state.
  for (const q of queries.slice(0, 20)) await matchClaims(db.pool, q.text);
  const ours: string[] = [];
  const times: number[] = [];
  for (const q of queries) {
    const start = performance.now();
    const { matches } = await matchClaims(db.pool, q.text, { limit: 10 });
    times.push(performance.now() - start);
    matches.forEach((m, i) => ours.push(trecLine(q.id, m.claim.id, i + 1, m.score, 'claimdesk')));
  }
  const index = buildBm25Index(claims.map((c) => ({ id: c.id, text: `${c.text} ${c.extra ?? ''}` })));
  const baseline: string[] = [];
  const baselineTimes: number[] = [];
  for (const q of queries) {
    const start = performance.now();
    const ranked = index.rank(q.text, 10);
    baselineTimes.push(performance.now() - start);
    ranked.forEach((r, i) => baseline.push(trecLine(q.id, r.id, i + 1, r.score, 'bm25')));
  }
  const a = score(ours, 'claimdesk', dir);
  const b = score(baseline, 'bm25', dir);
  times.sort((x, y) => x - y);
  baselineTimes.sort((x, y) => x - y);
  const row = (name: string, s: Scores, t: number[]) =>
    `${name.padEnd(34)} ${s.map5.toFixed(3)}   ${s.p1.toFixed(3)}  ${s.recall5.toFixed(3)}    ${percentile(t, 50).toFixed(1).padStart(5)} / ${percentile(t, 99).toFixed(1)} ms`;
  console.log(`\n${''.padEnd(34)} MAP@5   P@1    R@5      per query median / p99`);
  console.log(row('matcher (PostgreSQL + re-rank)', a, times));
  console.log(row('BM25 baseline (in memory)', b, baselineTimes));
  const halves = (['odd', 'even'] as const).map((half) => {
    const qrels = halfQrels(dir, half);
    return `${half} ${score(ours, `claimdesk-${half}`, dir, qrels).map5.toFixed(3)} (BM25 ${score(baseline, `bm25-${half}`, dir, qrels).map5.toFixed(3)})`;
  });
  console.log(`MAP@5 on the odd-numbered queries (weights tuned there) and the even ones: ${halves.join(', ')}`);
  const gain = a.map5 - b.map5;
  const p99 = percentile(times, 99);
  console.log(`\nMAP@5 gain over BM25: ${gain >= 0 ? '+' : ''}${gain.toFixed(3)} (target >= +0.050) ${gain >= 0.05 ? 'OK' : 'MISSED'}`);
  console.log(`p99 per query: ${p99.toFixed(1)} ms (target < 50 ms) ${p99 < 50 ? 'OK' : 'MISSED'}`);
  console.log(
    `load average: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} (${os.cpus().length} cores)`,
  );
} finally {
  await db.stop();
  rmSync(dir, { recursive: true, force: true });
}
