// What the re-rank knows about one candidate, each signal on a 0..1 scale so score.ts can weigh
// them: BM25 of the query's terms over the statement and over the quote as two fields (the words
// a claim shares with the query, weighted by rarity, saturated by repetition and normalised by
// length), how much of the query's rare words the claim covers, and pg_trgm similarity for
// spelling variants. Pure. (Also tried on the benchmark and left out because they did not help
// on held-out queries: claim-side coverage, shared word pairs, one BM25 over both fields.)
import type { QueryPlan } from './query-plan';
import type { MatchToken } from './tokenize';

const K1 = 1.2;
const B = 0.75;
// The statement and the quote are scored as two fields, each against its share of the average
// indexed length (statements hold about 60% of a claim's indexed words on the CLEF claims).
const STATEMENT_SHARE = 0.6;

export interface MatchFeatures {
  /** BM25 of the query terms over the statement, as a fraction of a perfect match. */
  statementBm25: number;
  quoteBm25: number;
  /** Summed idf of the query terms the claim holds, over the query's total. */
  queryCoverage: number;
  /** pg_trgm word_similarity of statement or quote within the query (read-candidates.ts). */
  trigram: number;
}

/** BM25 of one field, as a fraction of a perfect match (totalIdf, query-plan.ts): 0..1, comparable across queries. */
export function bm25Score(plan: QueryPlan, fieldTokens: readonly MatchToken[], averageLength: number): number {
  const { terms, totalIdf } = plan;
  if (terms.length === 0 || totalIdf <= 0) return 0;
  const tf = new Map<string, number>();
  for (const t of fieldTokens) tf.set(t.stem, (tf.get(t.stem) ?? 0) + 1);
  const norm = K1 * (1 - B + (B * fieldTokens.length) / averageLength);
  let score = 0;
  for (const term of terms) {
    const f = tf.get(term.stem) ?? 0;
    if (f > 0) score += (term.idf * f * (K1 + 1)) / (f + norm) / (K1 + 1);
  }
  return Math.min(1, score / totalIdf);
}

export interface CandidateSignals {
  statementTokens: readonly MatchToken[];
  quoteTokens: readonly MatchToken[];
  /** Summed idf of the query terms the claim holds (read-candidates.ts). */
  weight: number;
  trigram: number;
}

/** averageLength: words per claim over the collection (term-stats.ts). */
export function matchFeatures(plan: QueryPlan, averageLength: number, c: CandidateSignals): MatchFeatures {
  return {
    statementBm25: bm25Score(plan, c.statementTokens, averageLength * STATEMENT_SHARE),
    quoteBm25: bm25Score(plan, c.quoteTokens, averageLength * (1 - STATEMENT_SHARE)),
    queryCoverage: plan.totalIdf > 0 ? Math.min(1, c.weight / plan.totalIdf) : 0,
    trigram: c.trigram,
  };
}
