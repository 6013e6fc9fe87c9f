// Turns a selection in the article body into a TextAnchor: offsets plus the exact quote and a
// little text either side, so the claim can be found again after the article is edited.

import { isBlank, splitsSurrogatePair } from './code-units';

/** A claim's place in an article body. Offsets are JS string (UTF-16) indices, `end` exclusive. */
export interface TextAnchor {
  start: number;
  end: number;
  /** body.slice(start, end) at the time the anchor was made. */
  exact: string;
  /** Up to CONTEXT_LENGTH code units before `start`; shorter only at the start of the body. */
  prefix: string;
  /** Up to CONTEXT_LENGTH code units after `end`; shorter only at the end of the body. */
  suffix: string;
}

/**
 * Context kept on each side of a quote. Long enough to tell two "kata dia" apart, short enough
 * that an edit a sentence away does not wipe it out.
 */
export const CONTEXT_LENGTH = 32;

export type SpanProblem = 'not-integer' | 'reversed' | 'out-of-range' | 'empty' | 'whitespace-only' | 'splits-character';

/** A refusal is a code: the desk says it in the editor's language (catalogue Anchoring.span). */
export type DescribeResult = { ok: true; anchor: TextAnchor } | { ok: false; problem: SpanProblem };

function fail(problem: SpanProblem): DescribeResult {
  return { ok: false, problem };
}

export function describeSpan(body: string, start: number, end: number): DescribeResult {
  if (!Number.isInteger(start) || !Number.isInteger(end)) return fail('not-integer');
  if (start < 0 || end > body.length) return fail('out-of-range');
  if (end < start) return fail('reversed');
  if (end === start) return fail('empty');
  if (splitsSurrogatePair(body, start) || splitsSurrogatePair(body, end)) return fail('splits-character');
  const exact = body.slice(start, end);
  if (isBlank(exact)) return fail('whitespace-only');

  // Widen rather than narrow the context at a surrogate pair, so that a context shorter than
  // CONTEXT_LENGTH always means "this reached the edge of the body" (scoring relies on that).
  let from = Math.max(0, start - CONTEXT_LENGTH);
  if (splitsSurrogatePair(body, from)) from -= 1;
  let to = Math.min(body.length, end + CONTEXT_LENGTH);
  if (splitsSurrogatePair(body, to)) to += 1;

  return {
    ok: true,
    anchor: { start, end, exact, prefix: body.slice(from, start), suffix: body.slice(end, to) },
  };
}

export function anchorsEqual(a: TextAnchor, b: TextAnchor): boolean {
  return a.start === b.start && a.end === b.end && a.exact === b.exact && a.prefix === b.prefix && a.suffix === b.suffix;
}
