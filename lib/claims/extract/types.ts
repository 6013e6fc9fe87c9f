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
  confidence: number;
  language: Language;
}

export interface ExtractOptions {
  language?: Language;
}
