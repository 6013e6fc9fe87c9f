// The claim shape the `extract-claims` command writes and the attribution scorer reads: content as
// [s, e] or as pieces [[s, e], ...] when it skips its cue ("A," she said, "B."), and `answers` on
// an attribution that denies or confirms an earlier one (the index of that claim in this list).
import type { ClaimCandidate, Span, Stance } from './types';

export interface ScorerClaim {
  content: Span | Span[];
  source: Span | null;
  cue: Span;
  stance: Stance;
  sourceName: string | null;
  answers?: number;
}

export function toScorerClaims(claims: readonly ClaimCandidate[]): ScorerClaim[] {
  return claims.map((c) => ({
    content: c.contentPieces ?? c.content,
    source: c.source,
    cue: c.cue,
    stance: c.stance,
    sourceName: c.sourceName,
    ...(c.answers !== undefined ? { answers: c.answers } : {}),
  }));
}
