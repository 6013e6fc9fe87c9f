// Splits text into word, punctuation and quote-mark tokens with offsets. One sticky regex pass,
// no backtracking over unbounded text: every alternative consumes at least one character.

export type TokenKind = 'word' | 'punct' | 'quote';

export interface Token {
  start: number;
  end: number;
  /** Lower-cased text, for lexicon look-ups. */
  lower: string;
  kind: TokenKind;
  /** Starts with an upper-case letter. */
  capital: boolean;
}

// Initialisms (U.S.), words with inner apostrophes, hyphens, dots or digit commas (KOMPAS.com,
// 1,000, Trump's), the doubled apostrophe some newspapers use as a double quote, or one char.
const TOKEN = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['’\-.,][\p{L}\p{N}]+)*|''|\S/gu;
const QUOTE_MARKS = new Set(['"', '“', '”', '«', '»', "''", '„']);
const UPPER = /^\p{Lu}/u;

/** Tokens of text[from, to). `abbreviations` (lower-case, without the dot) keep their period. */
export function tokenize(text: string, from: number, to: number, abbreviations: ReadonlySet<string>): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(from, to);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m !== null; m = TOKEN.exec(slice)) {
    const raw = m[0];
    let start = from + m.index;
    let end = start + raw.length;
    let lower = raw.toLowerCase();
    const isWord = /[\p{L}\p{N}]/u.test(raw);
    // "Mr." / "Sen." / a middle initial "J." are not sentence ends: fold the dot into the word.
    if (isWord && text.charCodeAt(end) === 46 && (abbreviations.has(lower) || /^\p{Lu}$/u.test(raw))) {
      end += 1;
      lower += '.';
      TOKEN.lastIndex += 1;
    }
    start = Math.max(start, from);
    const kind: TokenKind = QUOTE_MARKS.has(raw) ? 'quote' : isWord ? 'word' : 'punct';
    tokens.push({ start, end, lower, kind, capital: UPPER.test(raw) });
  }
  return tokens;
}

export const isTerminal = (t: Token | undefined): boolean =>
  t !== undefined && t.kind === 'punct' && (t.lower === '.' || t.lower === '!' || t.lower === '?' || t.lower === '…');
