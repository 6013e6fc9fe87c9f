// Why a suggestion is not confident, in an editor's words (the extractor's ConfidenceDoubt codes).
import type { ConfidenceDoubt } from './extract/types';

export const DOUBT_LABELS: Record<ConfidenceDoubt, string> = {
  'no-source': 'no source found',
  'unresolved-pronoun': 'the source is only a pronoun',
  'cites-outlet': 'names the outlet that reported it, not who said it',
  'no-predicate': 'no verb: a fragment, not a statement',
  'short-content': 'very short',
  'long-content': 'very long',
  'unpaired-quote': 'a quotation mark without its partner',
  'unanswered-reference': 'answers a claim not found earlier in the article',
};

export function describeDoubts(doubts: readonly ConfidenceDoubt[]): string {
  return doubts.map((doubt) => DOUBT_LABELS[doubt]).join('; ');
}
