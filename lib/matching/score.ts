// How a candidate's score is made: BM25 over its statement and its quote as two fields (the words
// it shares with the query, weighted by rarity, saturated by repetition and normalised by length),
// how much of the query's rare words it covers, a little trigram similarity from PostgreSQL
// (spelling variants; more of it hurt on the benchmark), and small boosts when the
// same source, stance or language is known on both sides. Pure; the weights were set on the CLEF
// 2020 check-worthy claim retrieval benchmark (scripts/bench-match.ts), never from its answers
// inside the matcher.
import type { MatchableClaim, MatchContext } from './claim-text';
import type { QueryTerm } from './query-plan';
import type { MatchToken } from './tokenize';

const K1 = 1.2;
const B = 0.75;
// The statement and the quote are scored as two fields, each against its share of the average
// indexed length (statements hold about 60% of a claim's indexed words on the CLEF claims).
const STATEMENT_SHARE = 0.6;

export const WEIGHTS = {
  statement: 1,
  quote: 1,
  /** Summed idf of the query terms a claim holds, over the query's total: how much of the query it covers. */
  coverage: 0.3,
  trigram: 0.05,
  sameSource: 0.05,
  sameStance: 0.02,
  sameLanguage: 0.02,
} as const;

/** BM25 of one field, as a fraction of a perfect match (totalIdf, query-plan.ts): 0..1, comparable across queries. */
export function bm25Score(
  terms: readonly QueryTerm[],
  fieldTokens: readonly MatchToken[],
  averageLength: number,
  totalIdf: number,
): number {
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

export interface ScoreParts {
  terms: readonly QueryTerm[];
  totalIdf: number;
  statementTokens: readonly MatchToken[];
  quoteTokens: readonly MatchToken[];
  averageLength: number;
  /** Summed idf of the query terms the claim holds (read-candidates.ts). */
  coverage: number;
  /** pg_trgm word_similarity of statement or quote within the query, 0..1. */
  trigram: number;
  claim: Pick<MatchableClaim, 'sourceId' | 'stance' | 'language'>;
  context: MatchContext;
}

export function combineScore(p: ScoreParts): number {
  const { totalIdf } = p;
  let score =
    WEIGHTS.statement * bm25Score(p.terms, p.statementTokens, p.averageLength * STATEMENT_SHARE, totalIdf) +
    WEIGHTS.quote * bm25Score(p.terms, p.quoteTokens, p.averageLength * (1 - STATEMENT_SHARE), totalIdf) +
    WEIGHTS.coverage * (totalIdf > 0 ? Math.min(1, p.coverage / totalIdf) : 0) +
    WEIGHTS.trigram * p.trigram;
  const { claim, context } = p;
  if (context.sourceId && claim.sourceId === context.sourceId) score += WEIGHTS.sameSource;
  if (context.stance && claim.stance === context.stance) score += WEIGHTS.sameStance;
  if (context.language && claim.language === context.language) score += WEIGHTS.sameLanguage;
  return score;
}
