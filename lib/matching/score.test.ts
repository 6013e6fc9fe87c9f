import { describe, expect, it } from 'vitest';
import type { QueryTerm } from './query-plan';
import { bm25Score, combineScore, type ScoreParts } from './score';
import { tokenize } from './tokenize';

const terms: QueryTerm[] = [
  { stem: 'dam', idf: 5, count: 1, tsquery: "'dam'" },
  { stem: 'broke', idf: 3, count: 1, tsquery: "'broke'" },
];

function parts(statement: string, extra: Partial<ScoreParts> = {}): ScoreParts {
  return {
    terms,
    totalIdf: 8,
    statementTokens: tokenize(statement, 'en'),
    quoteTokens: [],
    averageLength: 8,
    coverage: 0,
    trigram: 0,
    claim: { sourceId: 'src-1', stance: 'ASSERTS', language: 'en' },
    context: {},
    ...extra,
  };
}

describe('bm25Score', () => {
  it('is 0 with no shared word, and higher for the rarer shared word', () => {
    expect(bm25Score(terms, tokenize('the bridge is safe', 'en'), 8, 8)).toBe(0);
    expect(bm25Score(terms, tokenize('the dam is old', 'en'), 8, 8)).toBeGreaterThan(
      bm25Score(terms, tokenize('the pipe broke', 'en'), 8, 8),
    );
  });

  it('counts the query words no claim holds against the match', () => {
    const tokens = tokenize('the dam broke', 'en');
    expect(bm25Score(terms, tokens, 8, 16)).toBeCloseTo(bm25Score(terms, tokens, 8, 8) / 2);
  });

  it('stays between 0 and 1', () => {
    const s = bm25Score(terms, tokenize('dam broke dam broke dam broke', 'en'), 8, 8);
    expect(s).toBeGreaterThan(0.5);
    expect(s).toBeLessThanOrEqual(1);
  });

  it('prefers the shorter of two claims holding the same words', () => {
    const short = bm25Score(terms, tokenize('the dam broke', 'en'), 8, 8);
    const long = bm25Score(terms, tokenize('the dam broke after weeks of rain upstream in the hills near the old town', 'en'), 8, 8);
    expect(short).toBeGreaterThan(long);
  });
});

describe('combineScore', () => {
  it('adds the boosts only when the same source, stance or language is known on both sides', () => {
    const plain = combineScore(parts('the dam broke'));
    expect(combineScore(parts('the dam broke', { context: { sourceId: 'src-2' } }))).toBe(plain);
    expect(combineScore(parts('the dam broke', { context: { sourceId: 'src-1' } }))).toBeGreaterThan(plain);
    expect(combineScore(parts('the dam broke', { context: { stance: 'ASSERTS', language: 'en' } }))).toBeGreaterThan(plain);
  });

  it('rises with coverage of the query and with trigram similarity', () => {
    const plain = combineScore(parts('the dam broke'));
    expect(combineScore(parts('the dam broke', { coverage: 8 }))).toBeGreaterThan(plain);
    expect(combineScore(parts('the dam broke', { trigram: 1 }))).toBeGreaterThan(plain);
  });
});
