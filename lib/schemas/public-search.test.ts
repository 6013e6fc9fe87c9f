import { describe, expect, it } from 'vitest';
import { parsePublicSearch, searchToParams } from './public-search';

describe('parsePublicSearch', () => {
  it('reads a normal search', () => {
    const { search, problems } = parsePublicSearch({
      q: ' tank ',
      verdict: 'FALSE',
      source: 'abc123',
      sourceName: ' Armen ',
      from: '2020-10-01',
      to: '2020-10-31',
      page: '2',
    });
    expect(problems).toEqual([]);
    expect(search).toEqual({
      q: 'tank',
      verdict: 'FALSE',
      sourceId: 'abc123',
      sourceName: 'Armen',
      from: new Date('2020-10-01T00:00:00Z'),
      to: new Date('2020-10-31T00:00:00Z'),
      page: 2,
    });
    expect(searchToParams(search).toString()).toBe(
      'q=tank&verdict=FALSE&source=abc123&sourceName=Armen&from=2020-10-01&to=2020-10-31&page=2',
    );
  });
  it('reports every kind of bad input and ignores that part', () => {
    const cases: [Record<string, string>, string][] = [
      [{ q: 'x'.repeat(10_000) }, 'query-too-long'],
      [{ verdict: 'IN_PROGRESS' }, 'unknown-verdict'],
      [{ verdict: "FALSE' OR 1=1 --" }, 'unknown-verdict'],
      [{ source: '../../etc' }, 'bad-source'],
      [{ from: '2020-02-31' }, 'bad-date'],
      [{ from: '2020-10-31', to: '2020-10-01' }, 'reversed-dates'],
      [{ page: '-1' }, 'bad-page'],
      [{ page: 'abc' }, 'bad-page'],
      [{ page: '99999999999' }, 'bad-page'],
      [{ page: '100000' }, 'page-out-of-range'],
    ];
    for (const [params, problem] of cases) {
      const { search, problems } = parsePublicSearch(params);
      expect(problems).toEqual([problem]);
      expect(search.page).toBe(1);
    }
  });
  it('keeps operators, quotes and emoji as plain search words', () => {
    expect(parsePublicSearch({ q: '"tank" & !armenia | 🙂' }).search.q).toBe('"tank" & !armenia | 🙂');
  });
});
