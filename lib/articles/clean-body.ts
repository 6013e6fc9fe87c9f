// The pass over article paragraphs shared by pasted text and extracted HTML: removes chrome
// lines, byline lines and the link lists under (or inside) a story, and keeps everything
// else verbatim. When unsure, a line stays: a stray line is a nuisance, a lost paragraph
// is a misquote.

import { classifyBylineLine, labelledName, type BylineLine } from './byline';
import { endsLikeSentence, normaliseParagraph, wordCount } from './normalise-text';
import { isBareTeaserPrompt, isFurnitureLine, isListHeading, resumesArticle } from './site-furniture';

/** A non-empty line and the blank-line-separated block it came from. */
export interface PageLine {
  text: string;
  block: number;
}

export interface CleanedBody {
  paragraphs: string[];
  /** Byline lines found among the paragraphs, in order. */
  bylines: BylineLine[];
}

export function toPageLines(texts: readonly string[]): PageLine[] {
  const lines: PageLine[] = [];
  let block = 0;
  for (const raw of texts) {
    const text = normaliseParagraph(raw);
    if (text === '') block++;
    else lines.push({ text, block });
  }
  return lines;
}

/** How often each line occurs: link lists repeat their headlines (image alt text, then title). */
export function countOccurrences(lines: readonly PageLine[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { text } of lines) counts.set(text, (counts.get(text) ?? 0) + 1);
  return counts;
}

/** Flags chrome lines, including the headline under a bare "Baca juga:" prompt. */
export function markFurniture(lines: readonly PageLine[]): boolean[] {
  const flags = lines.map(({ text }) => isFurnitureLine(text));
  lines.forEach(({ text }, index) => {
    const next = lines[index + 1];
    if (isBareTeaserPrompt(text) && next && wordCount(next.text) <= 25 && !next.text.endsWith('.')) {
      flags[index + 1] = true;
    }
  });
  return flags;
}

// A pasted line broken inside a sentence: the next line continues it in lower case, or
// the line is long and stops mid-sentence.
function continuesLine(previous: string, next: string): boolean {
  if (endsLikeSentence(previous) || /[:;]$/.test(previous)) return false;
  return /^\p{Ll}/u.test(next) || previous.length >= 60;
}

function toParagraphs(lines: readonly PageLine[]): string[] {
  const paragraphs: string[] = [];
  let previous: PageLine | undefined;
  for (const line of lines) {
    const last = paragraphs.length - 1;
    if (previous && previous.block === line.block && continuesLine(previous.text, line.text)) {
      paragraphs[last] = `${paragraphs[last] ?? ''} ${line.text}`;
    } else {
      paragraphs.push(line.text);
    }
    previous = line;
  }
  return paragraphs;
}

/**
 * Cleans the lines of an article body. `furniture` and `occurrences` come from the whole
 * page, so teaser headlines repeated elsewhere on it are recognised here too.
 */
export function cleanBody(
  lines: readonly PageLine[],
  furniture: readonly boolean[],
  occurrences: ReadonlyMap<string, number>,
): CleanedBody {
  const kept: PageLine[] = [];
  const bylines: BylineLine[] = [];
  let inLinkList = false;
  let afterAuthor = false;
  lines.forEach((line, index) => {
    if (furniture[index]) return;
    // "By Tom Okafor" / "Arts correspondent, Ledger News": the role line under a byline.
    const isAuthorRole = afterAuthor && wordCount(line.text) <= 6 && !endsLikeSentence(line.text);
    afterAuthor = false;
    if (isAuthorRole) return;
    if (isListHeading(line.text)) {
      inLinkList = kept.length > 0;
      return;
    }
    if (inLinkList) {
      if (!resumesArticle(line.text, occurrences.get(line.text) ?? 0)) return;
      inLinkList = false;
    }
    const byline = classifyBylineLine(line.text, true);
    if (byline === null) {
      kept.push(line);
      return;
    }
    // "Jane Doe" followed by a bare "Penulis" label: the name line is byline, not text.
    const named = labelledName(byline, kept.at(-1)?.text);
    if (named) {
      kept.pop();
      bylines.push(named);
    }
    bylines.push(byline);
    afterAuthor = byline.kind === 'author';
  });
  return { paragraphs: toParagraphs(kept), bylines };
}
