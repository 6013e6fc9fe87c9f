// Paragraph, quotation and sentence segmentation. A paragraph is a line; quotation marks are
// paired inside a paragraph only, so one stray mark can never swallow the rest of an article.
// Sentences never split inside a closed quotation: `"A. B," she said.` stays one unit, which is
// what lets a cue after a multi-sentence quote claim the whole quote.
import { isTerminal, tokenize } from './tokens';
import type { Token } from './tokens';

export interface Quote {
  /** Token index of the opening mark. */
  open: number;
  /** Token index of the closing mark, or of the paragraph's last token when unclosed. */
  close: number;
  closed: boolean;
}

export interface Paragraph {
  start: number;
  end: number;
  tokens: Token[];
  quotes: Quote[];
  /** For each token, the index in `quotes` of the quotation it is part of, or -1. */
  quoteOf: Int32Array;
  /** Sentences as [first token, last token + 1). */
  sentences: Array<[number, number]>;
}

const OPENERS = new Set(['“', '«', '„']);
const CLOSERS = new Set(['”', '»']);

function pairQuotes(tokens: Token[]): { quotes: Quote[]; quoteOf: Int32Array } {
  const quotes: Quote[] = [];
  let open = -1;
  // Curly marks nest (“a “b” c”); straight marks cannot, so inside a curly pair they are inner.
  let depth = 0;
  let curly = false;
  tokens.forEach((t, i) => {
    if (t.kind !== 'quote') return;
    const opener = OPENERS.has(t.lower);
    const closer = CLOSERS.has(t.lower);
    if (open === -1) {
      if (closer) return;
      open = i;
      curly = opener;
      depth = 0;
    } else if (curly && opener) {
      depth++;
    } else if (curly && !opener && depth > 0) {
      depth--;
    } else if (closer || !opener) {
      // A straight mark closes a curly quotation too: `“We will rebuild the bridge," she said`.
      quotes.push({ open, close: i, closed: true });
      open = -1;
    }
  });
  if (open !== -1 && tokens.length > 0) quotes.push({ open, close: tokens.length - 1, closed: false });
  const quoteOf = new Int32Array(tokens.length).fill(-1);
  quotes.forEach((q, qi) => quoteOf.fill(qi, q.open, q.close + 1));
  return { quotes, quoteOf };
}

function splitSentences(tokens: Token[], quotes: Quote[], quoteOf: Int32Array): Array<[number, number]> {
  const sentences: Array<[number, number]> = [];
  let first = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (!isTerminal(tokens[i])) continue;
    while (isTerminal(tokens[i + 1])) i++;
    const q = quotes[quoteOf[i] ?? -1];
    if (q?.closed) {
      // Inside a quotation only a final stop ends the sentence, and then after the closing mark.
      if (q.close !== i + 1) continue;
      i++;
      // `"Who will pay for it?" said the mayor.`: the attribution follows in lower case.
      const next = tokens[i + 1];
      if (next?.kind === 'word' && !next.capital) continue;
    }
    while (tokens[i + 1]?.lower === ')') i++;
    // "Rep. Dana Whitlock (D-Md.), who chairs ..., said": an abbreviation closing a parenthesis.
    const after = tokens[i + 1];
    if (tokens[i]?.lower === ')' && after && (after.lower === ',' || (after.kind === 'word' && !after.capital))) continue;
    sentences.push([first, i + 1]);
    first = i + 1;
  }
  if (first < tokens.length) sentences.push([first, tokens.length]);
  return sentences;
}

/** Paragraphs of text[from, to), one per non-blank line. */
export function segment(text: string, abbreviations: ReadonlySet<string>, from = 0, to = text.length): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let lineStart = from;
  while (lineStart < to) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1 || lineEnd > to) lineEnd = to;
    const tokens = tokenize(text, lineStart, lineEnd, abbreviations);
    if (tokens.length > 0) {
      const { quotes, quoteOf } = pairQuotes(tokens);
      const sentences = splitSentences(tokens, quotes, quoteOf);
      paragraphs.push({ start: lineStart, end: lineEnd, tokens, quotes, quoteOf, sentences });
    }
    lineStart = lineEnd + 1;
  }
  return paragraphs;
}
