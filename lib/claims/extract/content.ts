// Content spans: a quotation (with the pieces that continue it after the cue), the clause after a
// cue, or the clause before a cue that closes its sentence. All scans are bounded or run once to
// the end of the sentence.
import { isTerminal } from './tokens';
import { lowerAt, quoteClosingAt, quoteOpeningAt } from './window';
import type { Quote } from './segment';
import type { SentenceWindow, TokenRange } from './window';

const GAP_PUNCT = new Set([',', '—', '–', '-', '(', ')']);

/** Tokens between a quotation and its cue: `"...," the senator from Ohio said`. */
const MAX_GAP = 10;

export interface QuoteBefore {
  quote: Quote;
  /** Tokens strictly between the closing mark and the cue. */
  gap: TokenRange;
}

/** Words of setting between a cue and the quotation it resumes. */
const MAX_RESUME = 12;

/** A long apposition between a quotation and its cue: `"...," Name, a former director of ..., said`. */
const MAX_APPOSITION_GAP = 32;
/** Marks that end a quotation which hands over to its attribution: `"...,"`, `"...?"`. */
const HANDOVER = new Set([',', '?', '!', '—', '–']);

/** A quotation that ends just before the cue, with only a source phrase and commas between. */
export function quoteBefore(w: SentenceWindow, cueFirst: number): QuoteBefore | null {
  let loose = false;
  for (let i = cueFirst - 1; i >= 0 && cueFirst - i <= MAX_APPOSITION_GAP; i--) {
    const q = quoteClosingAt(w, i);
    if (q) return !loose || handsOverToName(w, q, i + 1) ? { quote: q, gap: [i + 1, cueFirst] } : null;
    const t = w.tokens[i];
    if (!t || t.kind === 'quote' || isTerminal(t) || (loose && i < w.first)) return null;
    // Past a few plain words the gap must be a name and its apposition.
    if (cueFirst - i >= MAX_GAP || (!GAP_PUNCT.has(t.lower) && (t.kind !== 'word' || w.lx.breakers.has(t.lower)))) loose = true;
  }
  return null;
}

/** `"...," Name, ...`: a quotation ending in a comma and followed by a capitalised name and a comma. */
function handsOverToName(w: SentenceWindow, q: Quote, after: number): boolean {
  if (!HANDOVER.has(lowerAt(w, q.close - 1)) || !w.tokens[after]?.capital) return false;
  return lowerAt(w, after + 1) === ',' || lowerAt(w, after + 2) === ',' || lowerAt(w, after + 3) === ',';
}

/**
 * A quotation as token-range pieces, continued by quotations that resume it after the cue:
 * `"A," she said, "B."` and `"A," she said. "B. C."` give the pieces A, B (and C); the words
 * between them (the cue and its source) are not content.
 */
export function continueQuote(w: SentenceWindow, quote: Quote, resumeFrom: number): TokenRange[] {
  const pieces: TokenRange[] = [[quote.open, quote.close + 1]];
  let last = quote.close;
  const add = (q: Quote): void => {
    const prev = pieces[pieces.length - 1];
    if (prev && prev[1] >= q.open) prev[1] = q.close + 1;
    else pieces.push([q.open, q.close + 1]);
    last = q.close;
  };
  // `"A," she said, "B."` within the sentence.
  // `"A," she told the paper on Friday, "B."`: a few words of setting may come first.
  let i = resumeFrom;
  while (i < w.end && i - resumeFrom < MAX_RESUME && w.tokens[i]?.kind !== 'quote' && !isTerminal(w.tokens[i])) i++;
  const resumed =
    i < w.end && i > last && (i === resumeFrom || lowerAt(w, i - 1) === ',' || lowerAt(w, i - 1) === ':') ? quoteOpeningAt(w, i) : null;
  if (resumed) add(resumed);
  // `"A," she said. "B. C."`: following sentences that are nothing but quotation.
  const { sentences } = w.paragraph;
  for (let s = w.sentence + 1; s < sentences.length; s++) {
    const [a, b] = sentences[s] ?? [0, 0];
    if (a <= last) continue;
    const q = quoteOpeningAt(w, a);
    if (!q || q.close < b - 2) break;
    add(q);
  }
  return pieces;
}

/** The clause that precedes a sentence-final cue, up to the comma before the source. */
export function clauseBefore(w: SentenceWindow, comma: number): TokenRange | null {
  let start = w.first;
  // A sentence may open with the previous attribution's closing mark or a dash.
  while (start < comma && w.tokens[start]?.kind === 'punct') start++;
  // `"...," Name, a long apposition, said.`: the quotation alone is the content.
  const q = quoteOpeningAt(w, start);
  if (q && q.closed && q.close < comma) return [start, q.close + 1];
  return comma - start >= 3 ? [start, comma] : null;
}

/** True when nothing but a few words (time, place, a short source) follows the cue. */
export function cueClosesSentence(w: SentenceWindow, after: number): boolean {
  let wordsLeft = 0;
  for (let i = after; i < w.end; i++) {
    const t = w.tokens[i];
    if (!t || isTerminal(t)) continue;
    if (t.kind === 'quote' || t.lower === ':' || w.lx.complementizers.has(t.lower)) return false;
    if (t.kind === 'word' && ++wordsLeft > 8) return false;
  }
  return true;
}

/** What follows a cue is a tail (time, place, a source) rather than a clause: `said on Tuesday.` */
export function adjunctTail(w: SentenceWindow, after: number): boolean {
  const tail = w.tokens[after];
  return !tail || tail.kind !== 'word' || tail.capital || w.lx.cueAdjuncts.has(tail.lower);
}
