// Moves a quote's edge by one word, for adjusting a selection from the keyboard.
const isSpace = (ch: string | undefined) => ch === undefined || /\s/.test(ch);

/** The next word boundary after `from` (end of the next word). */
export function nextWordEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSpace(text[i])) i++;
  while (i < text.length && !isSpace(text[i])) i++;
  return i;
}

/** The previous word boundary before `from` (start of the previous word). */
export function previousWordStart(text: string, from: number): number {
  let i = from;
  while (i > 0 && isSpace(text[i - 1])) i--;
  while (i > 0 && !isSpace(text[i - 1])) i--;
  return i;
}

export type Edge = 'start' | 'end';
export type Direction = 'back' | 'forward';

/** Moves one edge of [start, end) by a word; never makes the span empty. */
export function stepEdge(
  text: string,
  span: { start: number; end: number },
  edge: Edge,
  direction: Direction,
): { start: number; end: number } {
  if (edge === 'start') {
    const start = direction === 'back' ? previousWordStart(text, span.start) : nextWordEnd(text, span.start);
    const skipped = direction === 'forward' ? start + (text.slice(start).length - text.slice(start).trimStart().length) : start;
    return skipped < span.end ? { start: skipped, end: span.end } : span;
  }
  const end = direction === 'forward' ? nextWordEnd(text, span.end) : previousWordStart(text, span.end);
  const trimmed = direction === 'back' ? end - (text.slice(0, end).length - text.slice(0, end).trimEnd().length) : end;
  return trimmed > span.start ? { start: span.start, end: trimmed } : span;
}
