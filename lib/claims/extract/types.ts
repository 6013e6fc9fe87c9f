// Shared shapes of the attributed-claim extractor. Offsets are JavaScript string indices
// (UTF-16 code units), end exclusive, so they can be fed straight to `text.slice`.

export type Span = [start: number, end: number];
export type Language = 'id' | 'en';
export type Stance = 'ASSERTS' | 'DENIES';

export interface ClaimCandidate {
  content: Span;
  /**
   * The content as pieces when it is interrupted by words that are not content, as in
   * `"A," she said. "B."` (pieces A and B; `content` spans both). Absent for one-piece content.
   */
  contentPieces?: Span[];
  source: Span | null;
  cue: Span;
  stance: Stance;
  /** Normalised source name; for a pronoun or "-nya" source, the resolved antecedent's name. */
  sourceName: string | null;
  /** 0..1: how sure the extractor is that this is a claim as it stands (computed in confidence.ts). */
  confidence: number;
  /** `confidence` reaches CONFIDENT: "Accept all" may take this suggestion without a click. */
  confident: boolean;
  /** What lowered the confidence, for the editor; empty when nothing did. */
  doubts: ConfidenceDoubt[];
  /**
   * This attribution denies or confirms an earlier one ("Turki menolak tuduhan itu"): the index,
   * in the same list, of the attribution it answers. Its own stance stays DENIES or ASSERTS.
   */
  answers?: number;
  language: Language;
}

/** Why a suggestion is less than confident. */
export type ConfidenceDoubt =
  /** No source phrase was found. */
  | 'no-source'
  /** The source is a pronoun ("dia", "he") with no earlier name to stand for. */
  | 'unresolved-pronoun'
  /** The source is the outlet the text was taken from ("dilansir dari BBC"), not the speaker. */
  | 'cites-outlet'
  /** The content is a noun phrase with no predicate ("wilayah Nagorny Karabakh"). */
  | 'no-predicate'
  | 'short-content'
  | 'long-content'
  /** A quotation mark had no partner in the text and was left out of the span. */
  | 'unpaired-quote'
  /** The content points back ("the report") but no earlier attribution was found to answer. */
  | 'unanswered-reference';

export interface ExtractOptions {
  language?: Language;
}
