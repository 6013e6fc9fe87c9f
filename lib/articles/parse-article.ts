// Entry point of the article import parser: turns a pasted news page or a saved HTML page
// into clean article text plus metadata. Pure (no I/O, no framework imports), so the
// importer, the CLI and tests all share it.

import { detectInputKind } from './detect-kind';
import { ArticleInputError } from './input-error';
import { parseHtmlArticle } from './parse-html';
import { parseTextArticle } from './parse-text';
import type { ParseArticleOptions, ParsedArticle } from './types';
import { checkRawInput } from './validate-input';

export type { ArticleInputKind, ParseArticleOptions, ParsedArticle } from './types';
export { ArticleInputError, isArticleInputError, MAX_ARTICLE_BYTES, type ArticleInputErrorCode } from './input-error';
export { checkRawInput, type RawInputCheck } from './validate-input';
export { detectInputKind } from './detect-kind';

export type ArticleImportResult = { ok: true; article: ParsedArticle } | { ok: false; error: ArticleInputError };

/**
 * Parses one article. `kind` defaults to auto-detection. Throws ArticleInputError (with a
 * message fit to show the user) for empty, oversized, binary or non-UTF-8 input, and when
 * no article text is left after cleaning.
 */
export function parseArticle(input: string, opts: ParseArticleOptions = {}): ParsedArticle {
  const checked = checkRawInput(input);
  if (!checked.ok) throw checked.error;
  const kind = opts.kind ?? detectInputKind(checked.text);
  return kind === 'html' ? parseHtmlArticle(checked.text) : parseTextArticle(checked.text);
}

/**
 * The importer's gate: validates raw input (a string, or the bytes of an upload) and parses
 * it, returning either the article or the reason it cannot be imported. Never throws for
 * bad input.
 */
export function validateArticleInput(raw: string | Uint8Array, opts: ParseArticleOptions = {}): ArticleImportResult {
  const checked = checkRawInput(raw);
  if (!checked.ok) return checked;
  try {
    return { ok: true, article: parseArticle(checked.text, opts) };
  } catch (error) {
    if (error instanceof ArticleInputError) return { ok: false, error };
    throw error;
  }
}
