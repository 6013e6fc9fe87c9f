// What makes a statement fit for readers (issue 14, item 3), after Google's guidance for
// ClaimReview's claimReviewed: a short neutral statement of what was claimed, about 75 characters,
// with no rating words. Two rules stop a claim from going to review: a statement that is still
// exactly the words it was made from (an editor has not stated the claim yet), and quotation marks
// that do not pair up (`tuduhan itu sebagai "propaganda murahan`). Length and rating words are
// warnings: the editor decides. Pure.
import { quotesBalanced } from './extract/quote-balance';

/** Google recommends under 75 characters; a little over is still "about 75". */
export const STATEMENT_ADVISED_LENGTH = 80;

/** Words that rate the claim instead of stating it, in both desk languages (whole words, any case). */
const RATING_WORDS = [
  'false',
  'true',
  'untrue',
  'fake',
  'hoax',
  'misleading',
  'debunked',
  'lie',
  'lies',
  'fabricated',
  'baseless',
  'hoaks',
  'hoaxs',
  'keliru',
  'salah',
  'benar',
  'bohong',
  'palsu',
  'menyesatkan',
  'disinformasi',
  'misinformasi',
  'fitnah',
  'tidak benar',
];
const RATING_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(${RATING_WORDS.map((w) => w.replace(' ', '\\s+')).join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
);

export type StatementError = 'rawWords' | 'unbalancedQuotes';
export type StatementWarning = { rule: 'long'; length: number } | { rule: 'ratingWords'; words: string[] };

export interface StatementAdvice {
  errors: StatementError[];
  warnings: StatementWarning[];
}

/** Spacing, case, surrounding quotation marks and final punctuation do not make a statement. */
function comparable(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .replace(/^[\s"'“”‘’«»„]+|[\s"'“”‘’«»„.,;:!?…]+$/g, '')
    .toLocaleLowerCase();
}

/** `quotes`: the words of every place the claim was said. */
export function adviseStatement(statement: string, quotes: readonly string[]): StatementAdvice {
  const errors: StatementError[] = [];
  const warnings: StatementWarning[] = [];
  const text = statement.trim();
  const mine = comparable(text);
  if (mine && quotes.some((quote) => comparable(quote) === mine)) errors.push('rawWords');
  if (!quotesBalanced(text, [0, text.length])) errors.push('unbalancedQuotes');
  if (text.length > STATEMENT_ADVISED_LENGTH) warnings.push({ rule: 'long', length: text.length });
  const rated = [...new Set([...text.matchAll(RATING_PATTERN)].map((m) => (m[1] ?? '').toLocaleLowerCase()))];
  if (rated.length > 0) warnings.push({ rule: 'ratingWords', words: rated });
  return { errors, warnings };
}
