// The narrow view of a claim the matcher depends on. Today it is read from the Claim row
// (statement = Claim.summary, quote = Claim.quoteText); when claims and attributions are split
// (issue 14), only lib/matching/read-candidates.ts changes, not the ranking.

export type MatchLanguage = 'en' | 'id';
export type MatchStance = 'ASSERTS' | 'DENIES';
export type MatchPublication = 'DRAFT' | 'IN_REVIEW' | 'PUBLISHED';

export interface MatchableClaim {
  id: string;
  /** The checkable statement in the editor's words. */
  statement: string;
  /** Words a source used for it, when there are any. */
  quote: string | null;
  sourceId: string | null;
  stance: MatchStance;
  /** Not stored yet: null means unknown. */
  language: MatchLanguage | null;
  publication: MatchPublication;
  /** When the claim was made: of two equally close matches, the earlier check is shown first. */
  createdAt: Date;
}

/** What the text being matched is known to be about; every field is optional. */
export interface MatchContext {
  sourceId?: string | null;
  stance?: MatchStance | null;
  language?: MatchLanguage | null;
}
