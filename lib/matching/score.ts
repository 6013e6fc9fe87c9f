// How a candidate's score is made from its signals (features.ts): a weighted sum, plus small
// boosts when the same source, stance or language is known on both sides. Pure. The weights were
// chosen on the odd-numbered queries of the CLEF 2020 check-worthy claim retrieval benchmark
// (scripts/bench-match.ts) and checked on the even ones; re-tuning them on the odd queries after
// the query cleaning improved did not help the even ones, so they stayed. The matcher never reads
// the judgements.
import type { MatchableClaim, MatchContext } from './claim-text';
import type { MatchFeatures } from './features';

export const FEATURE_WEIGHTS: Readonly<Record<keyof MatchFeatures, number>> = {
  statementBm25: 1,
  quoteBm25: 1,
  queryCoverage: 0.3,
  // More of it hurt on the benchmark (0.3 cost 0.03 MAP@5): spelling variants, not meaning.
  trigram: 0.05,
};

export const BOOSTS = {
  sameSource: 0.05,
  sameStance: 0.02,
  sameLanguage: 0.02,
} as const;

export function combineScore(
  features: MatchFeatures,
  claim: Pick<MatchableClaim, 'sourceId' | 'stance' | 'language'>,
  context: MatchContext,
): number {
  let score = 0;
  for (const key of Object.keys(FEATURE_WEIGHTS) as (keyof MatchFeatures)[]) score += FEATURE_WEIGHTS[key] * features[key];
  if (context.sourceId && claim.sourceId === context.sourceId) score += BOOSTS.sameSource;
  if (context.stance && claim.stance === context.stance) score += BOOSTS.sameStance;
  if (context.language && claim.language === context.language) score += BOOSTS.sameLanguage;
  return score;
}
