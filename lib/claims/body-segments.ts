// Cuts an article body into paragraphs, and each paragraph into runs of text covered by the same
// set of claims, so the workspace can highlight overlapping claims while every run keeps its
// offset into the body (the selection code maps the reader's selection back through them).

export interface Highlight {
  id: string;
  start: number;
  end: number;
}

export interface Segment {
  start: number;
  end: number;
  text: string;
  /** Ids of the highlights covering this run, in the order given. */
  highlightIds: string[];
}

export interface Paragraph {
  start: number;
  end: number;
  segments: Segment[];
}

const PARAGRAPH_BREAK = /\n\s*\n/g;

export function splitParagraphs(body: string): { start: number; end: number }[] {
  const paragraphs: { start: number; end: number }[] = [];
  let cursor = 0;
  const push = (start: number, end: number) => {
    if (body.slice(start, end).trim()) paragraphs.push({ start, end });
  };
  for (const match of body.matchAll(PARAGRAPH_BREAK)) {
    push(cursor, match.index);
    cursor = match.index + match[0].length;
  }
  push(cursor, body.length);
  return paragraphs;
}

export function segmentBody(body: string, highlights: readonly Highlight[]): Paragraph[] {
  return segmentParagraphs(body, splitParagraphs(body), highlights);
}

/** Cuts the given paragraphs of `body` (from splitParagraphs, maybe only some of them) into runs. */
export function segmentParagraphs(
  body: string,
  paragraphs: readonly { start: number; end: number }[],
  highlights: readonly Highlight[],
): Paragraph[] {
  return paragraphs.map(({ start, end }) => {
    // Only the highlights touching this paragraph: 500 claims over 500 paragraphs stay cheap.
    const inside = highlights.filter((h) => h.start < end && h.end > start);
    const cuts = new Set([start, end]);
    for (const h of inside) {
      if (h.start > start) cuts.add(h.start);
      if (h.end < end) cuts.add(h.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    const segments: Segment[] = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const segStart = points[i] as number;
      const segEnd = points[i + 1] as number;
      const highlightIds = inside.filter((h) => h.start < segEnd && h.end > segStart).map((h) => h.id);
      segments.push({ start: segStart, end: segEnd, text: body.slice(segStart, segEnd), highlightIds });
    }
    return { start, end, segments };
  });
}

/**
 * How many leading paragraphs hold the first `budget` characters (at least one): the server renders
 * those, and the browser draws the rest right after, so a 500-paragraph article is not sent twice
 * (as HTML and as the text the page's script needs) in full.
 */
export function firstPaintParagraphCount(paragraphs: readonly { start: number; end: number }[], budget: number): number {
  let characters = 0;
  for (const [index, p] of paragraphs.entries()) {
    characters += p.end - p.start;
    if (characters >= budget) return index + 1;
  }
  return paragraphs.length;
}

/** The paragraph holding a span (for showing a quote in context). */
export function paragraphAround(body: string, start: number, end: number): { start: number; end: number } | null {
  return splitParagraphs(body).find((p) => p.start <= start && end <= p.end) ?? null;
}
