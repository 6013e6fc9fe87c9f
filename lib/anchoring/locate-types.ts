// What the two search strategies (exact quote, fuzzy by context) need and return.

import type { OccurrenceFinder } from './occurrences';

export interface SearchScope {
  body: string;
  find: OccurrenceFinder;
  /** Best estimate of where the quote starts now; a candidate exactly here wins a tie. */
  expectedStart: number;
  /** Rejects candidates known to be some other passage (see spanOverlapsEditResult). */
  allows: (start: number, end: number) => boolean;
}

export type LocateOutcome =
  | { kind: 'found'; start: number; end: number; fullContext: boolean }
  /** Candidates exist but nothing tells them apart. */
  | { kind: 'ambiguous' }
  /** Nothing usable: no candidate, or only one whose surroundings disagree. */
  | { kind: 'none' };
