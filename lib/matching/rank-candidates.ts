// The re-rank of the candidates PostgreSQL found: each one's signals (features.ts), combined
// (score.ts), best first. Pure, so the benchmark and the app rank alike.
import type { MatchableClaim, MatchContext, MatchLanguage } from './claim-text';
import { matchFeatures } from './features';
import type { QueryPlan } from './query-plan';
import { combineScore } from './score';
import { tokenize } from './tokenize';

export interface ScoredCandidate extends MatchableClaim {
  /** Summed idf of the query terms the claim holds. */
  weight: number;
  trigram: number;
}

export interface RankedClaim {
  claim: MatchableClaim;
  score: number;
}

export interface RankInput {
  plan: QueryPlan;
  /** Words per claim over the collection (term-stats.ts). */
  averageLength: number;
  /** The query's language, for a claim whose own is unknown. */
  language: MatchLanguage;
  context: MatchContext;
}

/** Equal scores (the same statement checked twice): the earlier check first, it is the one with the history. */
function earlierFirst(a: MatchableClaim, b: MatchableClaim): number {
  return a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id);
}

export function rankCandidates(input: RankInput, candidates: readonly ScoredCandidate[]): RankedClaim[] {
  const ranked = candidates.map(({ weight, trigram, ...claim }) => {
    const claimLanguage = claim.language ?? input.language;
    const features = matchFeatures(input.plan, input.averageLength, {
      statementTokens: tokenize(claim.statement, claimLanguage),
      quoteTokens: tokenize(claim.quote ?? '', claimLanguage),
      weight,
      trigram,
    });
    return { claim, score: combineScore(features, claim, input.context) };
  });
  return ranked.sort((a, b) => b.score - a.score || earlierFirst(a.claim, b.claim));
}
