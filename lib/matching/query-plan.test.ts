import { describe, expect, it } from 'vitest';
import { MAX_QUERY_TERMS } from './limits';
import { planQuery } from './query-plan';
import { buildTermStats } from './term-stats';
import { tokenize } from './tokenize';

const stats = buildTermStats(1000, [
  { word: 'trump', ndoc: 400, nentry: 420 },
  { word: 'divest', ndoc: 2, nentry: 2 },
  { word: 'divested', ndoc: 3, nentry: 3 },
  { word: 'hotels', ndoc: 20, nentry: 21 },
  { word: "o'brien", ndoc: 1, nentry: 1 },
  { word: 'back\\slash', ndoc: 1, nentry: 1 },
]);

describe('planQuery', () => {
  it('asks for the rarest stems first, with every indexed spelling of each', () => {
    const { terms } = planQuery(tokenize('Trump divests from his hotel', 'en'), stats, 'en');
    expect(terms.map((t) => t.stem)).toEqual(['divest', 'hotel', 'trump']);
    expect(terms[0]?.tsquery).toBe("'divest' | 'divested'");
    expect(terms[0]!.idf).toBeGreaterThan(terms[2]!.idf);
  });

  it('asks for words the statistics do not know last, as the query spells them (a claim saved since may hold them)', () => {
    const plan = planQuery(tokenize('zeppelins trump', 'en'), stats, 'en');
    expect(plan.terms.map((t) => t.stem)).toEqual(['trump', 'zeppelin']);
    expect(plan.terms[1]?.tsquery).toBe("'zeppelins'");
    // They count in what a perfect match would have, as words in no claim.
    expect(plan.totalIdf).toBeGreaterThan(2 * (plan.terms[0]?.idf ?? 0));
  });

  it('escapes quotes and backslashes of lexemes for tsquery input', () => {
    expect(stats.stems('en').get('obrien')?.lexemes).toEqual(["o'brien"]);
    const stems = [...stats.stems('en').keys()].filter((stem) => stem.includes('obrien') || stem.includes('slash'));
    const { terms } = planQuery(
      stems.map((stem) => ({ word: stem, stem })),
      stats,
      'en',
    );
    expect(terms.map((t) => t.tsquery).sort()).toEqual(["'back\\\\slash'", "'o''brien'"]);
  });

  it('asks the database for at most MAX_QUERY_TERMS terms, however long the text', () => {
    const many = buildTermStats(
      10_000,
      Array.from({ length: 200 }, (_, i) => ({
        word: `word${'abcdefghij'[i % 10]}${'klmnopqrst'[Math.floor(i / 10) % 10]}x${i}`,
        ndoc: 1 + i,
        nentry: 1 + i,
      })),
    );
    const text = Array.from({ length: 200 }, (_, i) => `word${'abcdefghij'[i % 10]}${'klmnopqrst'[Math.floor(i / 10) % 10]}x${i}`).join(
      ' ',
    );
    const { terms } = planQuery(tokenize(text, 'en'), many, 'en');
    expect(terms).toHaveLength(MAX_QUERY_TERMS);
    expect(terms.every((t) => Number(t.stem.split('x')[1]) < MAX_QUERY_TERMS)).toBe(true);
  });
});
