// The narrow view of a claim the matcher depends on, read by lib/matching/read-candidates.ts (the
// only module that knows the tables): the statement, and where the claim was first said.

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
  /** The statement's language; null when it is neither of the two the matcher knows. */
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
