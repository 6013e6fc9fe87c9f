import { readFileSync } from 'node:fs';
import path from 'node:path';
import { normalizeQuery } from '@/lib/matching/normalize-query';
import { planQuery } from '@/lib/matching/query-plan';
import { termStatsFor } from '@/lib/matching/term-stats-cache';
import { guessLanguage, tokenize, words } from '@/lib/matching/tokenize';
import { parseTsv } from '/work/main/scripts/lib/match-tsv';
import { startMatcherDb } from '/work/main/scripts/lib/throwaway-matcher-db';
const DATA = '/work/shared/data/clef2020-task2';
const claims = parseTsv(readFileSync(path.join(DATA, 'verified_claims.docs.tsv'), 'utf8'), 'v');
const queries = parseTsv(readFileSync(path.join(DATA, 'tweets.queries.tsv'), 'utf8'), 'q');
const db = await startMatcherDb(claims);
const stats = await termStatsFor(db.pool);
const plans = queries.map(q => { const { text } = normalizeQuery(q.text); const l = guessLanguage(words(text)); return { text, plan: planQuery(tokenize(text, l), stats, l) }; });
const FA = `LEFT JOIN LATERAL (SELECT a."quoteText", a."sourceId", a.stance FROM "Attribution" a WHERE a."claimId" = c.id ORDER BY a."createdAt", a.id LIMIT 1) f ON TRUE`;
const variants: Record<string, string> = {
  full: `greatest(word_similarity(c."summary", $3), word_similarity(coalesce(f."quoteText", ''), $3))`,
  none: `0 * length($3::text)`,
  stmtOnly: `word_similarity(c."summary", $3)`,
};
for (let round = 0; round < 2; round++) for (const [name, expr] of Object.entries(variants)) {
  const t: number[] = [];
  for (const { text, plan } of plans) {
    const s = performance.now();
    await db.pool.query(`WITH terms AS MATERIALIZED (SELECT t.q::tsquery AS q, t.w FROM unnest($1::text[], $2::float8[]) AS t(q, w)),
      by_terms AS (SELECT c.id, sum(t.w) AS weight FROM terms t JOIN "Claim" c ON c."matchVector" @@ t.q WHERE c."deletedAt" IS NULL GROUP BY c.id ORDER BY weight DESC, c.id LIMIT $4)
      SELECT c.id, by_terms.weight, c.summary, f."quoteText", ${expr} AS trigram FROM by_terms JOIN "Claim" c ON c.id = by_terms.id ${FA} ORDER BY by_terms.weight DESC, c.id`,
      [plan.terms.map(t => t.tsquery), plan.terms.map(t => t.idf), text, 60]);
    t.push(performance.now() - s);
  }
  t.sort((a, b) => a - b);
  console.log(name.padEnd(10), 'median', t[400]!.toFixed(2), 'p99', t[791]!.toFixed(2));
}
await db.stop();
