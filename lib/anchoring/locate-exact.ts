// Rule 2: find the quote verbatim and pick the occurrence whose surroundings match the stored
// context. Never guesses: equal evidence at different places is "ambiguous".

import { scoreContext } from './context-score';
import type { TextAnchor } from './describe-span';
import type { LocateOutcome, SearchScope } from './locate-types';

/**
 * Matched context characters needed to trust an occurrence. Chance agreement from punctuation
 * and spaces (`," ` before "kata dia", `. ` after) stays below this.
 */
export const MIN_CONTEXT_EVIDENCE = 8;

/**
 * A quote this long that occurs once is the same passage even if everything around it changed
 * (a paragraph moved). Short quotes ("kata dia", "Rp 5 juta") recur, so they need context.
 */
export const DISTINCTIVE_QUOTE_LENGTH = 40;

export function locateExact(anchor: TextAnchor, scope: SearchScope): LocateOutcome {
  const hits = scope.find(anchor.exact);
  if (hits === 'too-many') return { kind: 'ambiguous' };
  const length = anchor.exact.length;

  const candidates = hits
    .filter((start) => scope.allows(start, start + length))
    .map((start) => ({ start, score: scoreContext(scope.body, start, start + length, anchor) }));
  if (candidates.length === 0) return { kind: 'none' };

  let best = -1;
  for (const candidate of candidates) best = Math.max(best, candidate.score.total);
  const top = candidates.filter((candidate) => candidate.score.total === best);
  const winner = top.length === 1 ? top[0] : top.find((candidate) => candidate.start === scope.expectedStart);
  if (winner === undefined) return { kind: 'ambiguous' };

  const trusted =
    winner.score.total >= MIN_CONTEXT_EVIDENCE ||
    winner.start === scope.expectedStart ||
    (candidates.length === 1 && anchor.exact.trim().length >= DISTINCTIVE_QUOTE_LENGTH);
  if (!trusted) return candidates.length === 1 ? { kind: 'none' } : { kind: 'ambiguous' };

  return { kind: 'found', start: winner.start, end: winner.start + length, fullContext: winner.score.full };
}
