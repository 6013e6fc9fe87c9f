// Whitespace handling shared by both pipelines. Claims quote the body verbatim, so these
// helpers only ever touch whitespace and invisible characters, never words or punctuation.

import { normalizeLineEndings } from '@/lib/line-endings';

// Invisible characters that survive copy-paste and break exact-match quoting: zero-width
// space, word joiner, byte-order mark, soft hyphen and stray C0 control codes.
const INVISIBLE = /[\u200B\u2060\uFEFF\u00AD\u0000-\u0008\u000E-\u001F\u007F]/g;

// \s in JavaScript already covers NBSP, the U+2000 spaces, ideographic space and line breaks.
const WHITESPACE_RUN = /\s+/g;

/** One paragraph with every whitespace run (tabs, NBSP, line breaks) collapsed to one space. */
export function normaliseParagraph(text: string): string {
  return text.replace(INVISIBLE, '').replace(WHITESPACE_RUN, ' ').trim();
}

/** Lines of a pasted page, trimmed, with Windows and old-Mac line endings unified. */
export function splitLines(text: string): string[] {
  return normalizeLineEndings(text).split('\n').map(normaliseParagraph);
}

/** The body format the importer stores: trimmed paragraphs separated by one blank line. */
export function joinParagraphs(paragraphs: readonly string[]): string {
  return paragraphs
    .map(normaliseParagraph)
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}

export function wordCount(text: string): number {
  return text.split(' ').filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

// Closing quotes and brackets may follow the full stop: `... "propaganda murahan".` or `said.)`
const SENTENCE_END = /[.!?]["'”’»)\]]*$/u;
const ELLIPSIS_END = /(\.\.\.|…)["'”’»)\]]*$/u;

/** True for text that ends like a finished sentence (a truncated teaser "..." does not). */
export function endsLikeSentence(text: string): boolean {
  return SENTENCE_END.test(text) && !ELLIPSIS_END.test(text);
}
