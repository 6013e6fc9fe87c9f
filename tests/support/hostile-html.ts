// Hostile import inputs shared by the parser, action and browser tests.

export const ARTICLE_PARAGRAPH = '<p>The council voted on Tuesday to approve the new budget for the coming year, officials said.</p>';

/** The probe's page: one paragraph under `depth` nested <div>s (1,000 deep is 11 kB). */
export function nestedDivs(depth: number): string {
  return `<html><body>${'<div>'.repeat(depth)}${ARTICLE_PARAGRAPH}${'</div>'.repeat(depth)}</body></html>`;
}

/** Far more elements than any news page: `count` empty <b> elements. */
export function manyElements(count: number): string {
  return `<html><body>${ARTICLE_PARAGRAPH}${'<b></b>'.repeat(count)}</body></html>`;
}

/**
 * Within the depth and node limits, yet slow for Readability: many chains 90 deep. It takes
 * several seconds on a 2-core machine, so it meets the parse time limit rather than the pre-scan.
 */
export function slowButWithinLimits(): string {
  const chain = `${'<div>'.repeat(90)}${ARTICLE_PARAGRAPH}${'</div>'.repeat(90)}`;
  return `<html><body>${chain.repeat(200)}</body></html>`;
}
