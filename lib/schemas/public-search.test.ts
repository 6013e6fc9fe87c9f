import { describe, expect, it } from 'vitest';
import { canonicalSearchQuery, paramsOfSearchSegment, searchPagePath } from '@/lib/http/index-search';
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

describe('canonicalSearchQuery', () => {
  it('is empty for the plain index, unknown parameters and empty fields', () => {
    expect(canonicalSearchQuery(new URLSearchParams(''))).toBe('');
    expect(canonicalSearchQuery(new URLSearchParams('utm_source=x&q=&verdict=&sourceName=%20'))).toBe('');
  });
  it('keeps known parameters, first value, in one order, so equal searches share one address', () => {
    const a = canonicalSearchQuery(new URLSearchParams('page=2&q=banjir&q=other&utm=1&verdict=FALSE'));
    const b = canonicalSearchQuery(new URLSearchParams('verdict=FALSE&q=banjir&page=2'));
    expect(a).toBe('q=banjir&verdict=FALSE&page=2');
    expect(b).toBe(a);
  });
});

describe('search page addresses', () => {
  const roundTrip = (query: string) => {
    const path = searchPagePath(new URLSearchParams(query));
    expect(path).toMatch(/^\/search\/[A-Za-z0-9_-]+$/);
    return parsePublicSearch(paramsOfSearchSegment(path.slice('/search/'.length)) ?? { unreadable: 'yes' });
  };

  it('sends the plain index to its own cached page', () => {
    expect(searchPagePath(new URLSearchParams('utm=1&q='))).toBe('/search/latest');
    expect(paramsOfSearchSegment('latest')).toEqual({});
  });

  it('gives the page the search exactly as typed, whatever its characters', () => {
    const { search } = roundTrip(`q=${encodeURIComponent('a&b/c %25 "x" 🙂 ünï')}&verdict=FALSE`);
    expect(search.q).toBe('a&b/c %25 "x" 🙂 ünï');
    expect(search.verdict).toBe('FALSE');
  });

  it('keeps bad values bad, and an overlong search short but still too long', () => {
    expect(roundTrip('from=2024-02-31&page=zero').problems).toEqual(expect.arrayContaining(['bad-date', 'bad-page']));
    const path = searchPagePath(new URLSearchParams(`q=${'a'.repeat(10_000)}&page=${'9'.repeat(5000)}`));
    expect(path.length).toBeLessThan(1000);
    expect(roundTrip(`q=${'a'.repeat(10_000)}&page=${'9'.repeat(5000)}`).problems).toEqual(
      expect.arrayContaining(['query-too-long', 'bad-page']),
    );
  });

  it('refuses a segment that no search makes', () => {
    expect(paramsOfSearchSegment('%E0%A4')).toBeNull();
    expect(paramsOfSearchSegment('_-_-')).toBeNull();
  });
});
