// The explanation is plain text typed by an editor. This turns it into a rendering model (paragraphs
// of text, line breaks and links) so pages never inject HTML: React escapes every text token, and
// only http(s) addresses ever become links (javascript:, data: and the like stay inert text).

import { normalizeLineEndings } from '@/lib/line-endings';

export const MAX_EXPLANATION_LENGTH = 20_000;

export type ExplanationToken = { kind: 'text'; text: string } | { kind: 'link'; href: string; text: string } | { kind: 'break' };

export type ExplanationParagraph = ExplanationToken[];

/** An absolute http(s) URL with a host; anything else (javascript:, data:, relative) is refused. */
export function isSafeHttpUrl(value: string): boolean {
  if (!/^https?:\/\//i.test(value.trim())) return false;
  try {
    const url = new URL(value.trim());
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

const URL_CANDIDATE = /\bhttps?:\/\/[^\s<>"]+/gi;
const TRAILING_PUNCTUATION = /[.,;:!?'’”)\]]+$/;

/** Drops sentence punctuation after a URL, but keeps a ")" that closes a "(" inside it (Wikipedia links). */
function trimUrl(candidate: string): string {
  let url = candidate;
  while (TRAILING_PUNCTUATION.test(url)) {
    const last = url.slice(-1);
    if (last === ')' && (url.match(/\(/g)?.length ?? 0) >= (url.match(/\)/g)?.length ?? 0)) break;
    url = url.slice(0, -1);
  }
  return url;
}

function tokenizeLine(line: string): ExplanationToken[] {
  const tokens: ExplanationToken[] = [];
  let cursor = 0;
  const pushText = (text: string) => {
    if (!text) return;
    const last = tokens.at(-1);
    if (last?.kind === 'text') last.text += text;
    else tokens.push({ kind: 'text', text });
  };
  for (const match of line.matchAll(URL_CANDIDATE)) {
    const url = trimUrl(match[0]);
    pushText(line.slice(cursor, match.index));
    if (isSafeHttpUrl(url)) tokens.push({ kind: 'link', href: new URL(url).href, text: url });
    else pushText(url);
    cursor = match.index + url.length;
  }
  pushText(line.slice(cursor));
  return tokens;
}

/** Paragraphs split at blank lines; single newlines inside a paragraph become line breaks. */
export function explanationParagraphs(text: string): ExplanationParagraph[] {
  return normalizeLineEndings(text)
    .split(/\n[ \t]*\n+/)
    .map((block) => block.replace(/^\n+|\n+$/g, ''))
    .filter((block) => block.trim().length > 0)
    .map((block) =>
      block.split('\n').flatMap((line, index) => {
        const tokens = tokenizeLine(line);
        return index === 0 ? tokens : [{ kind: 'break' } as const, ...tokens];
      }),
    );
}
