// Splits text copied from a news page into the header (title and byline block), the
// article body, and the chrome around them. The body starts at the dateline when there is
// one ("MOSKWA, KOMPAS.com - ..."); otherwise at the first line that reads as prose.

import { classifyBylineLine, labelledName, type BylineLine } from './byline';
import { cleanBody, countOccurrences, markFurniture, toPageLines, type PageLine } from './clean-body';
import { parseDateline, type Dateline } from './dateline';
import { endsLikeSentence, splitLines, wordCount } from './normalise-text';
import { isListHeading } from './site-furniture';

export interface CleanedPastedText {
  title: string | null;
  dateline: Dateline | null;
  /** Byline lines from the header and the body, in page order. */
  bylines: BylineLine[];
  paragraphs: string[];
}

// How many prose lines to look through for a dateline before deciding there is none;
// photo captions and standfirsts can come before it.
const DATELINE_SEARCH_PROSE_LINES = 4;

// A long line that ends a sentence, or one that a hard-wrapped next line continues. A
// question is more often a headline ("Will the bridge reopen this year?") than an opening.
function isProse(line: PageLine, next: PageLine | undefined): boolean {
  if (wordCount(line.text) < 8 || /\?["'”’)\]]*$/u.test(line.text)) return false;
  return endsLikeSentence(line.text) || (next?.block === line.block && /^\p{Ll}/u.test(next.text));
}
const isHeadline = (text: string) => wordCount(text) >= 3 && wordCount(text) <= 40 && !/[^.]\.$/.test(text);

function findBodyStart(lines: readonly PageLine[], furniture: readonly boolean[]) {
  let firstProse: number | null = null;
  let firstContent: number | null = null;
  let proseSeen = 0;
  for (const [index, line] of lines.entries()) {
    const { text } = line;
    if (furniture[index] || isListHeading(text) || classifyBylineLine(text, false)) continue;
    const dateline = parseDateline(text);
    if (dateline) return { index, dateline };
    firstContent ??= index;
    if (isProse(line, lines[index + 1])) {
      firstProse ??= index;
      if (++proseSeen >= DATELINE_SEARCH_PROSE_LINES) break;
    }
  }
  return { index: firstProse ?? firstContent ?? lines.length, dateline: null };
}

interface Header {
  title: string | null;
  bylines: BylineLine[];
  /** Header lines that read as sentences (a standfirst), for when no dateline marks the body. */
  sentences: PageLine[];
}

function readHeader(lines: readonly PageLine[], furniture: readonly boolean[]): Header {
  const bylines: BylineLine[] = [];
  const candidates: { line: PageLine; beforeByline: boolean }[] = [];
  lines.forEach((line, index) => {
    if (furniture[index] || isListHeading(line.text)) return;
    const byline = classifyBylineLine(line.text, false);
    if (byline === null) {
      candidates.push({ line, beforeByline: bylines.length === 0 });
      return;
    }
    const named = labelledName(byline, candidates.at(-1)?.line.text);
    if (named) {
      candidates.pop();
      bylines.push(named);
    }
    bylines.push(byline);
  });
  // The headline sits just above the byline block; anything higher up is navigation.
  const headlines = candidates.filter(({ line }) => isHeadline(line.text));
  const title = headlines.filter(({ beforeByline }) => beforeByline).at(-1) ?? headlines.at(-1);
  const sentences = candidates.filter((c) => c !== title && endsLikeSentence(c.line.text)).map(({ line }) => line);
  return { title: title?.line.text ?? null, bylines, sentences };
}

/** Title, byline lines, dateline and clean body paragraphs of a pasted news page. */
export function cleanPastedText(text: string): CleanedPastedText {
  const lines = toPageLines(splitLines(text));
  const furniture = markFurniture(lines);
  const start = findBodyStart(lines, furniture);
  const header = readHeader(lines.slice(0, start.index), furniture.slice(0, start.index));
  // Above a dateline sit captions and teasers; without one, a sentence above the first
  // paragraph is more likely a standfirst, which belongs to the article.
  const bodyLines = start.dateline ? lines.slice(start.index) : [...header.sentences, ...lines.slice(start.index)];
  const bodyFurniture = start.dateline
    ? furniture.slice(start.index)
    : [...header.sentences.map(() => false), ...furniture.slice(start.index)];
  const body = cleanBody(bodyLines, bodyFurniture, countOccurrences(lines));
  return {
    title: header.title,
    dateline: start.dateline,
    bylines: [...header.bylines, ...body.bylines],
    paragraphs: body.paragraphs,
  };
}
