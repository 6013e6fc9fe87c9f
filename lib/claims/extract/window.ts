// The view of one sentence that the attribution rules work on: its paragraph's tokens and
// quotations, the sentence's token range, and the compiled lexicon.
import type { CompiledLexicon } from './compiled-lexicon';
import type { Paragraph, Quote } from './segment';
import type { Token } from './tokens';

export interface SentenceWindow {
  text: string;
  paragraph: Paragraph;
  /** Index of this sentence in `paragraph.sentences`. */
  sentence: number;
  tokens: readonly Token[];
  /** First token of the sentence. */
  first: number;
  /** Token index after the sentence. */
  end: number;
  lx: CompiledLexicon;
}

/** A range of token indices [first, end). */
export type TokenRange = [first: number, end: number];

export const isWordAt = (w: SentenceWindow, i: number): boolean => w.tokens[i]?.kind === 'word';
export const lowerAt = (w: SentenceWindow, i: number): string => w.tokens[i]?.lower ?? '';

/** The quotation whose closing mark is token i, if any. */
export function quoteClosingAt(w: SentenceWindow, i: number): Quote | null {
  const q = w.paragraph.quotes[w.paragraph.quoteOf[i] ?? -1];
  return q && q.closed && q.close === i ? q : null;
}

/** The quotation whose opening mark is token i, if any. */
export function quoteOpeningAt(w: SentenceWindow, i: number): Quote | null {
  const q = w.paragraph.quotes[w.paragraph.quoteOf[i] ?? -1];
  return q && q.open === i ? q : null;
}

export const inQuote = (w: SentenceWindow, i: number): boolean => (w.paragraph.quoteOf[i] ?? -1) !== -1;
