// Quotations that run on into the next paragraphs. News style leaves a quotation open at the end
// of a paragraph when the same speaker goes on, and opens the next paragraph with a fresh mark:
// `"A. B.` ¶ `"C."`. A claim whose content ends in such an open quotation takes the following
// quoted paragraphs as further pieces. Each paragraph is looked at once per open quotation.
import { classifyLine } from './furniture';
import type { RawClaim } from './attribution';
import type { Paragraph, Quote } from './segment';
import type { Span } from './types';

/** Paragraphs one open quotation may run on into. */
const MAX_RUN_ON = 8;

/** The quotation that opens paragraph p and runs to its end, if any. */
function paragraphQuote(p: Paragraph): Quote | null {
  const q = p.quotes[0];
  if (!q || q.open !== 0) return null;
  // Closed just before the end: nothing but closing punctuation may follow the mark.
  for (let i = q.close + 1; i < p.tokens.length; i++) if (p.tokens[i]?.kind !== 'punct') return null;
  return q;
}

/** The pieces that continue an open quotation ending paragraph `index`: whole quoted paragraphs. */
export function runOnPieces(text: string, paragraphs: readonly Paragraph[], index: number): Span[] {
  const pieces: Span[] = [];
  for (let k = index + 1; k < paragraphs.length && k - index <= MAX_RUN_ON; k++) {
    const p = paragraphs[k];
    if (!p || classifyLine(text, p) !== 'prose') break;
    const q = paragraphQuote(p);
    if (!q) break;
    pieces.push([p.tokens[q.open]?.start ?? p.start, p.tokens[q.close]?.end ?? p.end]);
  }
  return pieces;
}

/** A claim's content holds a quotation mark: it quotes its source. */
const quotes = (text: string, [s, e]: Span): boolean => /["“”]/.test(text.slice(s, Math.min(e, s + 4000)));

/** Claims of paragraph p that go on after it: those ending in its open last quotation, or else its last quoting claim. */
function continued(claims: RawClaim[], text: string, p: Paragraph): RawClaim[] {
  const last = p.quotes[p.quotes.length - 1];
  if (!last) return [];
  if (!last.closed) {
    const openEnd = p.tokens[last.close]?.end ?? -1;
    return claims.filter((c) => c.content[1] === openEnd);
  }
  let latest: RawClaim | undefined;
  for (const c of claims) if (!latest || c.content[1] > latest.content[1]) latest = c;
  return latest && quotes(text, latest.content) ? [latest] : [];
}

/**
 * Extends the claims of paragraph `index` that whole quoted paragraphs continue (see `continued`).
 * A claim whose content is still to come (`X said:`) takes them as its content, or is dropped.
 */
export function followQuotes(claims: RawClaim[], text: string, paragraphs: readonly Paragraph[], index: number): RawClaim[] {
  const p = paragraphs[index];
  if (!p || claims.length === 0) return claims;
  const pending = claims.filter((c) => c.runsOn);
  const targets = pending.length > 0 ? [] : continued(claims, text, p);
  if (pending.length === 0 && targets.length === 0) return claims;
  const more = runOnPieces(text, paragraphs, index);
  const first = more[0];
  const end = more[more.length - 1]?.[1];
  if (!first || end === undefined) return pending.length > 0 ? claims.filter((c) => !c.runsOn) : claims;
  for (const c of pending) {
    c.content = [first[0], end];
    if (more.length > 1) c.pieces = more;
    c.runsOn = false;
  }
  for (const c of targets) {
    c.pieces = [...(c.pieces ?? [c.content]), ...more];
    c.content = [c.content[0], end];
  }
  return claims;
}
