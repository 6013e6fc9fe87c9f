// Pasted text is parsed in the importer's worker under a time limit, but a legitimate paste
// must never come near it: every pass over the text has to stay linear in its length. These
// lines once made single regular expressions backtrack for minutes (each is half the 1 MB cap).

import { describe, expect, it } from 'vitest';
import { canonicalOutletName } from './outlet-names';
import { parseHtmlArticle } from './parse-html';
import { parseTextArticle } from './parse-text';

const HALF_MEGABYTE = 500_000;
const GENEROUS_MS = 5_000;
const fill = (unit: string, end = '') => unit.repeat(Math.floor(HALF_MEGABYTE / unit.length)) + end;
const BODY = '\n\nThe council voted on Tuesday to approve the new budget for the coming year, officials said.';

function timedMs(work: () => unknown): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}

describe('hostile pasted text is parsed in linear time', () => {
  it.each([
    ['a "By" line of endless "in Place" phrases', `By ${fill('in A ')}1${BODY}`],
    ['a line of dash-separated names ending in a pipe', `${fill('x - ')}x|${BODY}`],
    ['a "Sumber" line listing outlets', `Sumber ${fill('BBC, ')}1${BODY}`],
  ])('%s', (_label, text) => {
    let body = '';
    expect(timedMs(() => (body = parseTextArticle(text).body))).toBeLessThan(GENEROUS_MS);
    expect(body).toContain('The council voted on Tuesday');
  });

  it('keeps short byline lines working', () => {
    const article = parseTextArticle(`Jembatan Ditutup Sementara\n\nBy Jane Doe in Washington\n${BODY}`);
    expect(article.author).toBe('Jane Doe');
  });
});

describe('hostile page metadata is read in linear time', () => {
  it('trims a site name of endless punctuation', () => {
    const dots = `a${'.'.repeat(HALF_MEGABYTE)}b`;
    expect(timedMs(() => canonicalOutletName(dots))).toBeLessThan(GENEROUS_MS);
    expect(canonicalOutletName('KOMPAS.com - ')).toBe('Kompas.com');
  });

  it('parses a page whose og:site_name is endless punctuation', () => {
    const html = `<html><head><meta property="og:site_name" content="a${'.'.repeat(HALF_MEGABYTE)}b"></head><body><p>${BODY}</p></body></html>`;
    expect(timedMs(() => parseHtmlArticle(html))).toBeLessThan(GENEROUS_MS);
  });
});
