// Re-attaches stored anchors to a new version of the article body. The rule above all others:
// a claim must never be moved onto the wrong words, so anything uncertain comes back 'lost'
// for a person to re-select rather than as a guess.

import { isBlank } from './code-units';
import { describeSpan } from './describe-span';
import type { TextAnchor } from './describe-span';
import { locateExact } from './locate-exact';
import { locateFuzzy } from './locate-fuzzy';
import type { LocateOutcome, SearchScope } from './locate-types';
import { createOccurrenceFinder } from './occurrences';
import type { OccurrenceFinder } from './occurrences';
import { editTouchesOldSpan, findSingleEdit, mapOffset, spanOverlapsEditResult } from './single-edit';
import type { SingleEdit } from './single-edit';

export type LostReason = 'invalid-anchor' | 'not-found' | 'ambiguous';

export type ReanchorResult =
  /** Same offsets and same quote. `anchor` carries refreshed context; store it if it differs. */
  | { status: 'unchanged'; anchor: TextAnchor }
  /**
   * New offsets, and when `quoteChanged` a new quote (an edit inside it was small enough to
   * follow). A changed quote may still change the claim's meaning ("Rp 5 juta" -> "Rp 8 juta"),
   * so callers should show it for review rather than update silently.
   */
  | { status: 'moved'; anchor: TextAnchor; quoteChanged: boolean }
  /** `reason` is a code, stored as such and said in the reader's language (catalogue Anchoring.lost). */
  | { status: 'lost'; reason: LostReason };

function lost(reason: LostReason): ReanchorResult {
  return { status: 'lost', reason };
}

/**
 * Finds `anchor` in `newBody`. Pass `oldBody` (the text the anchor was made on) when you have
 * it: the edit between the versions then maps untouched quotes with certainty and rules out
 * look-alike passages that were already in the old text.
 */
export function reanchor(newBody: string, anchor: TextAnchor, oldBody?: string): ReanchorResult {
  const previous = oldBody === undefined ? undefined : { body: oldBody, edit: findSingleEdit(oldBody, newBody) };
  return resolve(newBody, anchor, previous, createOccurrenceFinder(newBody));
}

/** Re-anchors many claims: one diff and one memoised search per distinct string, results in order. */
export function reanchorAll(oldBody: string, newBody: string, anchors: readonly TextAnchor[]): ReanchorResult[] {
  const previous = { body: oldBody, edit: findSingleEdit(oldBody, newBody) };
  const find = createOccurrenceFinder(newBody);
  return anchors.map((anchor) => resolve(newBody, anchor, previous, find));
}

interface PreviousVersion {
  body: string;
  edit: SingleEdit | null;
}

function resolve(newBody: string, anchor: TextAnchor, previous: PreviousVersion | undefined, find: OccurrenceFinder): ReanchorResult {
  if (anchor.exact === '' || isBlank(anchor.exact)) return lost('invalid-anchor');
  const hasOffsets = Number.isInteger(anchor.start) && Number.isInteger(anchor.end);
  const scope: SearchScope = {
    body: newBody,
    find,
    expectedStart: hasOffsets ? anchor.start : -1,
    allows: () => true,
  };

  // Only trust the diff for an anchor that really describes the old body; a stale one is
  // searched for like any other.
  const matchesOld = hasOffsets && previous?.body.slice(anchor.start, anchor.end) === anchor.exact;
  if (previous !== undefined && matchesOld) {
    const { edit } = previous;
    if (edit === null) return settle(newBody, anchor, anchor.start, anchor.end);
    if (!editTouchesOldSpan(edit, anchor.start, anchor.end)) {
      // Text outside the edit is unchanged by construction: this is certain, no search needed.
      const shift = anchor.end <= edit.start ? 0 : edit.newEnd - edit.oldEnd;
      return settle(newBody, anchor, anchor.start + shift, anchor.end + shift);
    }
    scope.expectedStart = mapOffset(edit, anchor.start, 'after');
    scope.allows = (start, end) => spanOverlapsEditResult(edit, start, end);
  } else if (hasOffsets && newBody.slice(anchor.start, anchor.end) === anchor.exact) {
    const here = describeSpan(newBody, anchor.start, anchor.end);
    if (here.ok && here.anchor.prefix === anchor.prefix && here.anchor.suffix === anchor.suffix) {
      return { status: 'unchanged', anchor: here.anchor };
    }
  }

  const exact = locateExact(anchor, scope);
  if (exact.kind === 'found' && exact.fullContext) return settle(newBody, anchor, exact.start, exact.end);

  // Weak exact evidence and a full-context near match elsewhere are two stories; pick neither.
  const fuzzy = locateFuzzy(anchor, scope);
  const chosen = choose(exact, fuzzy);
  if (chosen.kind === 'found') return settle(newBody, anchor, chosen.start, chosen.end);
  return lost(chosen.kind === 'ambiguous' ? 'ambiguous' : 'not-found');
}

function choose(exact: LocateOutcome, fuzzy: LocateOutcome): LocateOutcome {
  if (exact.kind === 'found' && fuzzy.kind === 'found') {
    return exact.start === fuzzy.start && exact.end === fuzzy.end ? exact : { kind: 'ambiguous' };
  }
  if (exact.kind === 'found') return fuzzy.kind === 'ambiguous' ? fuzzy : exact;
  if (fuzzy.kind === 'found') return fuzzy;
  return exact.kind === 'ambiguous' || fuzzy.kind === 'ambiguous' ? { kind: 'ambiguous' } : { kind: 'none' };
}

/** Final gate: describeSpan rejects anything out of range, empty, blank or splitting a character. */
function settle(newBody: string, anchor: TextAnchor, start: number, end: number): ReanchorResult {
  const described = describeSpan(newBody, start, end);
  if (!described.ok) return lost('not-found');
  const next = described.anchor;
  const quoteChanged = next.exact !== anchor.exact;
  if (!quoteChanged && next.start === anchor.start && next.end === anchor.end) {
    return { status: 'unchanged', anchor: next };
  }
  return { status: 'moved', anchor: next, quoteChanged };
}
