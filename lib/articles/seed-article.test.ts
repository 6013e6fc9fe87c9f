// Acceptance test on the real seed article. The seed lives outside this repository (it is
// not ours to redistribute), so the test derives its expectations from the file itself and
// skips, saying why, when the file is absent.

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseArticle, type ParsedArticle } from './parse-article';

const SEED = path.resolve(import.meta.dirname, '../../../shared/seeds/kompas-2020-10-01-rusia-tawarkan-tuan-rumah.txt');
const seedExists = existsSync(SEED);
if (!seedExists) console.warn(`seed-article.test.ts: skipped, seed file not found at ${SEED}`);

const FIRST_WORDS = 'MOSKWA, KOMPAS.com - Rusia menawarkan';
const LAST_WORDS = '"propaganda murahan".';

/** Blocks of the seed between the first and last sentence of the story, teasers removed. */
function storyParagraphs(source: string): string[] {
  const start = source.indexOf(FIRST_WORDS);
  const end = source.indexOf(LAST_WORDS) + LAST_WORDS.length;
  return source
    .slice(start, end)
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '' && !block.startsWith('Baca juga'));
}

describe.skipIf(!seedExists)(`seed article (skipped when ${path.basename(SEED)} is absent)`, () => {
  // Read in beforeAll: the describe body still runs, for collection, when the suite is skipped.
  let source = '';
  let article: ParsedArticle;
  beforeAll(() => {
    source = readFileSync(SEED, 'utf8');
    article = parseArticle(source);
  });

  it('reads all metadata', () => {
    expect(article).toEqual({
      title: 'Rusia Tawarkan Jadi Tuan Rumah Pembicaraan Damai Perang Armenia-Azerbaijan',
      publisher: 'Kompas.com',
      author: 'Shintaloka Pradita Sicca',
      publishedAt: '2020-10-01T15:32:00+07:00',
      dateline: 'MOSKWA',
      originalSource: 'BBC',
      language: 'id',
      body: article.body,
    });
  });

  it('starts with the dateline paragraph and ends with the Turkish denial', () => {
    expect(article.body.startsWith(FIRST_WORDS)).toBe(true);
    expect(article.body.endsWith(LAST_WORDS)).toBe(true);
  });

  it('keeps every paragraph of the story verbatim and in order', () => {
    const expected = storyParagraphs(source);
    expect(expected.length).toBeGreaterThanOrEqual(10);
    expect(article.body.split('\n\n')).toEqual(expected);
  });

  it('drops the "Baca juga" teasers and the "Terkini Lainnya" headlines', () => {
    expect(article.body).not.toContain('Baca juga');
    const trailing = source.slice(source.indexOf('Terkini Lainnya'));
    const headlines = trailing.split('\n').filter((line) => line.trim().split(/\s+/).length >= 4);
    expect(headlines.length).toBeGreaterThan(10);
    for (const headline of headlines) expect(article.body).not.toContain(headline.trim());
  });
});
