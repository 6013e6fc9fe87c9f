import { describe, expect, it } from 'vitest';
import { bm25Score, matchFeatures } from './features';
import type { QueryPlan } from './query-plan';
import { tokenize } from './tokenize';

const plan: QueryPlan = {
  terms: [
    { stem: 'dam', idf: 5, count: 1, tsquery: "'dam'" },
    { stem: 'broke', idf: 3, count: 1, tsquery: "'broke'" },
  ],
  totalIdf: 8,
};

describe('bm25Score', () => {
  it('is 0 with no shared word, and higher for the rarer shared word', () => {
    expect(bm25Score(plan, tokenize('the bridge is safe', 'en'), 8)).toBe(0);
    expect(bm25Score(plan, tokenize('the dam is old', 'en'), 8)).toBeGreaterThan(bm25Score(plan, tokenize('the pipe broke', 'en'), 8));
  });

  it('counts the query words no claim holds against the match', () => {
    const tokens = tokenize('the dam broke', 'en');
    expect(bm25Score({ ...plan, totalIdf: 16 }, tokens, 8)).toBeCloseTo(bm25Score(plan, tokens, 8) / 2);
  });

  it('stays between 0 and 1', () => {
    const s = bm25Score(plan, tokenize('dam broke dam broke dam broke', 'en'), 8);
    expect(s).toBeGreaterThan(0.5);
    expect(s).toBeLessThanOrEqual(1);
  });

  it('prefers the shorter of two claims holding the same words', () => {
    const short = bm25Score(plan, tokenize('the dam broke', 'en'), 8);
    const long = bm25Score(plan, tokenize('the dam broke after weeks of rain upstream in the hills near the old town', 'en'), 8);
    expect(short).toBeGreaterThan(long);
  });
});

describe('matchFeatures', () => {
  it('scores statement and quote as separate fields, and coverage as a share of the query', () => {
    const f = matchFeatures(plan, 8, { statementTokens: tokenize('the dam broke', 'en'), quoteTokens: [], weight: 4, trigram: 0.4 });
    expect(f.statementBm25).toBeGreaterThan(0);
    expect(f.quoteBm25).toBe(0);
    expect(f.queryCoverage).toBe(0.5);
    expect(f.trigram).toBe(0.4);
  });
});
