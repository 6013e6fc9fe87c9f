// Why a selection cannot be a claim's place, or why a place was lost when its article was
// corrected, in the editor's language. lib/anchoring returns codes and stays free of words; the
// codes are what is stored (NEEDS_ATTENTION events), so history reads in whoever opens it.
import type { LostReason, SpanProblem } from '@/lib/anchoring';
import type { Locale } from './locales';
import { translatorFor } from './localise';

/** The catalogue key of a selection problem, for actions that return keys (localise() says them). */
export function spanProblemKey(problem: SpanProblem): `Anchoring.span.${SpanProblem}` {
  return `Anchoring.span.${problem}`;
}

const LOST_REASONS: readonly string[] = ['invalid-anchor', 'not-found', 'ambiguous'] satisfies LostReason[];

export function isLostReason(value: unknown): value is LostReason {
  return typeof value === 'string' && LOST_REASONS.includes(value);
}

/** Why a place needs attention; stored text of events written before the codes is shown as it was. */
export function describeLostReason(locale: Locale, stored: string): string {
  return isLostReason(stored) ? translatorFor(locale)(`Anchoring.lost.${stored}`) : stored;
}
