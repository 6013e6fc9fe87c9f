// Decides whether importer input is an HTML page or pasted text, for callers that do not
// say. Pasted articles can contain a stray "<" ("x < y"), so a lone angle bracket is not
// enough; the text must start like markup or carry document-level tags.

import type { ArticleInputKind } from './types';

const DOCUMENT_TAG = /<(?:!doctype\s+html|html|head|body)\b/i;
const COMMON_TAG = /<\/?(?:p|div|article|section|main|span|a|br|h[1-6]|meta|title|ul|li|script)\b[^>]*>/gi;
const SNIFF_CHARACTERS = 4096;

export function detectInputKind(input: string): ArticleInputKind {
  const head = input.slice(0, SNIFF_CHARACTERS).replace(/^[\uFEFF\s]+/, '');
  if (DOCUMENT_TAG.test(head)) return 'html';
  if (head.startsWith('<') && (head.match(COMMON_TAG)?.length ?? 0) >= 2) return 'html';
  return 'text';
}
