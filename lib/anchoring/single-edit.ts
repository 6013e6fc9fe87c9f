// Describes the difference between two versions of a body as one contiguous replacement, found
// by trimming the common prefix and suffix. The usual correction (a typo fix, an inserted or
// deleted paragraph) is exactly one such edit, and every offset outside it maps with certainty.

import { isHighSurrogate, isLowSurrogate } from './code-units';

/** old.slice(start, oldEnd) was replaced by new.slice(start, newEnd); the rest is identical. */
export interface SingleEdit {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/** Returns null when the texts are identical. Linear in the length of the texts. */
export function findSingleEdit(oldText: string, newText: string): SingleEdit | null {
  if (oldText === newText) return null;
  const shorter = Math.min(oldText.length, newText.length);

  let prefix = 0;
  while (prefix < shorter && oldText.charCodeAt(prefix) === newText.charCodeAt(prefix)) prefix += 1;
  // Two different emoji can share a high surrogate; keep the edit on whole characters.
  if (prefix > 0 && isHighSurrogate(oldText.charCodeAt(prefix - 1))) prefix -= 1;

  let suffix = 0;
  const maxSuffix = shorter - prefix;
  while (suffix < maxSuffix && oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)) {
    suffix += 1;
  }
  if (suffix > 0 && isLowSurrogate(oldText.charCodeAt(oldText.length - suffix))) suffix -= 1;

  return { start: prefix, oldEnd: oldText.length - suffix, newEnd: newText.length - suffix };
}

/**
 * Maps an old offset to the new text. Exact outside the replaced range. At a pure insertion
 * point, `bias` says whether the offset stays before the inserted text or moves past it (a span
 * start wants 'after', a span end 'before'). Inside a replaced range there is no true answer;
 * the result is a clamped estimate, only good as a tie-breaker.
 */
export function mapOffset(edit: SingleEdit | null, offset: number, bias: 'before' | 'after' = 'after'): number {
  if (edit === null) return offset;
  const delta = edit.newEnd - edit.oldEnd;
  if (edit.start === edit.oldEnd && offset === edit.start) return bias === 'before' ? offset : edit.newEnd;
  if (offset <= edit.start) return offset;
  if (offset >= edit.oldEnd) return offset + delta;
  return Math.min(offset, edit.newEnd);
}

/**
 * Whether [start, end) shares text with the range [from, to). An empty range (a pure insertion
 * or deletion point) only counts when it falls strictly inside the span.
 */
export function spanOverlapsRange(start: number, end: number, from: number, to: number): boolean {
  if (from === to) return start < from && from < end;
  return start < to && end > from;
}

/** Whether the edit changed any text of the old span [start, end). */
export function editTouchesOldSpan(edit: SingleEdit, start: number, end: number): boolean {
  return spanOverlapsRange(start, end, edit.start, edit.oldEnd);
}

/**
 * Whether the new span [start, end) contains text the edit produced. Spans that do not were
 * already in the old text at the unmapped position, so they are some other passage.
 */
export function spanOverlapsEditResult(edit: SingleEdit, start: number, end: number): boolean {
  return spanOverlapsRange(start, end, edit.start, edit.newEnd);
}
