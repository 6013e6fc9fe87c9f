// Scores how well the text around a candidate span agrees with an anchor's stored context:
// characters matched outward from the span, per side, capped at CONTEXT_LENGTH.

import { CONTEXT_LENGTH } from './describe-span';
import type { TextAnchor } from './describe-span';

export const MAX_CONTEXT_SCORE = 2 * CONTEXT_LENGTH;

export interface ContextScore {
  prefix: number;
  suffix: number;
  total: number;
  /** Both sides agree completely: as strong as context evidence gets. */
  full: boolean;
}

export function scoreContext(body: string, start: number, end: number, anchor: TextAnchor): ContextScore {
  const prefix = scorePrefix(body, start, anchor.prefix);
  const suffix = scoreSuffix(body, end, anchor.suffix);
  const total = prefix + suffix;
  return { prefix, suffix, total, full: total === MAX_CONTEXT_SCORE };
}

function scorePrefix(body: string, start: number, stored: string): number {
  let matched = 0;
  while (
    matched < stored.length &&
    start - 1 - matched >= 0 &&
    body.charCodeAt(start - 1 - matched) === stored.charCodeAt(stored.length - 1 - matched)
  ) {
    matched += 1;
  }
  // A short stored prefix means the quote sat at the start of the body; being at the start
  // again is as much evidence as a full context, otherwise a lead sentence could never score.
  if (stored.length < CONTEXT_LENGTH) {
    return matched === stored.length && start - matched === 0 ? CONTEXT_LENGTH : matched;
  }
  return Math.min(matched, CONTEXT_LENGTH);
}

function scoreSuffix(body: string, end: number, stored: string): number {
  let matched = 0;
  while (matched < stored.length && end + matched < body.length && body.charCodeAt(end + matched) === stored.charCodeAt(matched)) {
    matched += 1;
  }
  if (stored.length < CONTEXT_LENGTH) {
    return matched === stored.length && end + matched === body.length ? CONTEXT_LENGTH : matched;
  }
  return Math.min(matched, CONTEXT_LENGTH);
}
