// Quotation marks in a suggested span must pair up, or the statement an editor accepts reads
// `tuduhan itu sebagai "propaganda murahan`. This works on characters, not tokens, so it sees
// every mark the reader sees: straight " and ', curly “ ” and ‘ ’, and « ». A span that ends
// inside a quotation is extended to the closing mark when it is near (the clause is then whole),
// otherwise cut before the opening mark; a stray mark with no partner is left outside the span.
import type { Span } from './types';

/** How far past a span's end (or before its start) a partner mark is looked for. */
const MAX_REACH = 400;

type Role = 'open' | 'close' | 'none';

/** Marks of one family pair with each other: writers mix "straight” and curly double marks. */
const FAMILY: Readonly<Record<string, string>> = {
  '"': 'd',
  '“': 'd',
  '”': 'd',
  '„': 'd',
  '«': 'a',
  '»': 'a',
  '‘': 's',
  '’': 's',
  "'": 's',
};
const MARK = /["'“”„«»‘’]/;
const isLetter = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
const isSpaceOrEdge = (ch: string | undefined): boolean => ch === undefined || /[\s([{—–-]/u.test(ch);
const wordCount = (text: string, s: number, e: number): number => (text.slice(s, e).match(/[\p{L}\p{N}]+/gu) ?? []).length;

/**
 * What the character at i does, given the innermost open mark. Curly and angle marks say which
 * way they face; straight marks and ’ are read from their neighbours (’ inside a word is an apostrophe).
 */
function roleAt(text: string, i: number, innermost: string | undefined): Role {
  const ch = text[i] ?? '';
  // Most characters are not marks: answer them before looking at any neighbour.
  if (FAMILY[ch] === undefined) return 'none';
  const before = text[i - 1];
  const after = text[i + 1];
  const afterWord = !isSpaceOrEdge(before);
  const beforeWord = isLetter(after);
  switch (ch) {
    case '“':
      // „German style“ closes with “, and so does a typo: `“Mostly False.“` (after a word, before a space).
      if (innermost === '„' || (FAMILY[innermost ?? ''] === 'd' && afterWord && !beforeWord)) return 'close';
      return 'open';
    case '«':
      // A typo for a closing mark: `«bencana buatan.«`.
      return innermost === '«' && afterWord && !beforeWord ? 'close' : 'open';
    case '„':
      return 'open';
    case '”':
    case '»':
      // A typo for an opening mark: ` ”like women in combat`.
      return !afterWord && beforeWord && innermost === undefined ? 'open' : 'close';
    case '‘':
      return 'open';
    case '’':
      if (isLetter(before) && beforeWord) return 'none';
      return innermost === '‘' ? 'close' : 'none';
    case '"':
      // Inside a curly quotation a straight mark closes it only where a closing mark would stand.
      if (innermost === '"' || (innermost === '“' && afterWord && !beforeWord)) return 'close';
      // Alone, a straight mark opens after a space and closes after a word: `kata "x" itu`.
      return afterWord ? 'close' : 'open';
    case "'":
      if (isLetter(before) && beforeWord) return 'none';
      if (innermost === "'" || innermost === '‘') return 'close';
      return !afterWord && beforeWord ? 'open' : 'none';
    default:
      return 'none';
  }
}

const closes = (open: string, close: string): boolean => FAMILY[open] !== undefined && FAMILY[open] === FAMILY[close];

interface Unpaired {
  /** Opening marks with no closing mark inside the span, outermost first. */
  opens: number[];
  /** Closing marks with no opening mark inside the span. */
  closes: number[];
}

function unpaired(text: string, [s, e]: Span): Unpaired {
  const stack: number[] = [];
  const opens: number[] = [];
  const lone: number[] = [];
  // Jump from mark to mark: most of a span has none.
  const marks = new RegExp(MARK.source, 'g');
  marks.lastIndex = s;
  for (let found = marks.exec(text); found !== null && found.index < e; found = marks.exec(text)) {
    const i = found.index;
    const top = stack[stack.length - 1];
    const role = roleAt(text, i, top === undefined ? undefined : text[top]);
    if (role === 'open') stack.push(i);
    if (role !== 'close') continue;
    let k = stack.length - 1;
    while (k >= 0 && !closes(text[stack[k] ?? -1] ?? '', text[i] ?? '')) k--;
    if (k === -1) {
      lone.push(i);
      continue;
    }
    // Marks opened inside and never closed: a single one is usually an apostrophe (‘90s).
    for (const inner of stack.splice(k).slice(1)) if (text[inner] !== '‘' && text[inner] !== "'") opens.push(inner);
  }
  opens.push(...stack);
  return { opens: opens.sort((a, b) => a - b), closes: lone };
}

/** True when every quotation mark in the span has its partner inside the span. */
export function quotesBalanced(text: string, span: Span): boolean {
  const u = unpaired(text, span);
  return u.opens.length === 0 && u.closes.length === 0;
}

/** The closing partner of the opening mark at `open`, searched forward from `from` on the same line. */
function closingPartner(text: string, open: number, from: number): number {
  const mark = text[open] ?? '';
  const stack: string[] = [mark];
  for (let i = from; i < text.length && i - from < MAX_REACH; i++) {
    const ch = text[i];
    if (ch === '\n') return -1;
    const role = roleAt(text, i, stack[stack.length - 1]);
    if (role === 'open') stack.push(ch ?? '');
    else if (role === 'close' && closes(stack[stack.length - 1] ?? '', ch ?? '')) {
      stack.pop();
      if (stack.length === 0) return i;
    }
  }
  return -1;
}

/** The opening partner of the closing mark at `close`, searched backwards from `from` on the same line. */
function openingPartner(text: string, close: number, from: number): number {
  const mark = text[close] ?? '';
  for (let i = from; i >= 0 && from - i < MAX_REACH; i--) {
    const ch = text[i] ?? '';
    if (ch === '\n') return -1;
    if (closes(ch, mark) && closingPartner(text, i, i + 1) === close) return i;
  }
  return -1;
}

const trimStart = (text: string, s: number, e: number): number => {
  while (s < e && /[\s,;:—–-]/u.test(text[s] ?? '')) s++;
  return s;
};
const trimEnd = (text: string, s: number, e: number): number => {
  while (e > s && /[\s,;:—–-]/u.test(text[e - 1] ?? '')) e--;
  return e;
};

/** A mark with no partner anywhere near: keep the side of the span with more words, mark left out. */
function longerSide(text: string, s: number, mark: number, e: number): Span {
  const before: Span = [s, trimEnd(text, s, mark)];
  const after: Span = [trimStart(text, mark + 1, e), e];
  return wordCount(text, ...before) >= wordCount(text, ...after) ? before : after;
}

export interface BalancedSpan {
  span: Span;
  /** The text itself pairs the marks (false: a mark had to be left out because it has no partner). */
  paired: boolean;
}

/** The span with its quotation marks paired, extended to or cut at the nearest partner. */
export function balanceQuotes(text: string, span: Span): BalancedSpan {
  let [s, e] = span;
  let paired = true;
  // A few rounds at most: each round settles at least one mark.
  for (let round = 0; round < 4; round++) {
    const u = unpaired(text, [s, e]);
    const open = u.opens[0];
    const close = u.closes[u.closes.length - 1];
    if (open === undefined && close === undefined) return { span: [s, e], paired };
    if (open !== undefined) {
      const partner = closingPartner(text, open, e);
      if (partner !== -1) e = partner + 1;
      else {
        paired = false;
        [s, e] = longerSide(text, s, open, e);
      }
      continue;
    }
    if (close !== undefined) {
      const partner = openingPartner(text, close, s - 1);
      if (partner !== -1) s = partner;
      else {
        paired = false;
        [s, e] = longerSide(text, s, close, e);
      }
    }
  }
  return { span: [s, e], paired: paired && quotesBalanced(text, [s, e]) };
}

/**
 * Balances each piece of a content. News leaves a quotation open at the end of a paragraph when
 * the next paragraph continues it (`"A. B.` then `"C."`): such a piece, followed by another, is
 * kept as it is and counts as paired.
 */
export function balancePieces(text: string, pieces: readonly Span[]): { pieces: Span[]; paired: boolean } {
  let paired = true;
  const out = pieces.map((piece, k): Span => {
    const b = balanceQuotes(text, piece);
    if (b.paired) return b.span;
    const u = unpaired(text, piece);
    const runsOn = k < pieces.length - 1 && u.closes.length === 0 && u.opens.length === 1 && u.opens[0] === piece[0];
    if (runsOn) return piece;
    paired = false;
    return b.span;
  });
  // A piece that was nothing but a stray mark is gone.
  const kept = out.filter(([s, e]) => e > s);
  return { pieces: kept.length > 0 ? kept : [...pieces], paired };
}
