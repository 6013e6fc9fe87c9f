import { describe, expect, it } from 'vitest';
import type { QueryPlan } from './query-plan';
import { rankCandidates, type ScoredCandidate } from './rank-candidates';

const plan: QueryPlan = {
  terms: [
    { stem: 'dam', idf: 5, count: 1, tsquery: "'dam'" },
    { stem: 'broke', idf: 3, count: 1, tsquery: "'broke'" },
  ],
  totalIdf: 8,
};

function candidate(id: string, statement: string, extra: Partial<ScoredCandidate> = {}): ScoredCandidate {
  return {
    id,
    statement,
    quote: null,
    sourceId: 'src-1',
    stance: 'ASSERTS',
    language: 'en',
    publication: 'DRAFT',
    createdAt: new Date('2026-01-01T00:00:00Z'),
    weight: 8,
    trigram: 0.5,
    ...extra,
  };
}

const rank = (candidates: ScoredCandidate[], context = {}) =>
  rankCandidates({ plan, averageLength: 8, language: 'en', context }, candidates).map((r) => r.claim.id);

describe('rankCandidates', () => {
  it('puts the claim holding more of the rare words first', () => {
    expect(rank([candidate('a', 'the pipe broke', { weight: 3 }), candidate('b', 'the dam broke')])).toEqual(['b', 'a']);
  });

  it('adds the boosts only when the same source, stance or language is known on both sides', () => {
    const twins = [candidate('a', 'the dam broke', { sourceId: 'src-1' }), candidate('b', 'the dam broke', { sourceId: 'src-2' })];
    expect(rank(twins, { sourceId: 'src-2' })).toEqual(['b', 'a']);
    expect(rank(twins, { sourceId: 'src-1' })).toEqual(['a', 'b']);
  });

  it('shows the earlier of two equally close checks first, whatever their ids', () => {
    const later = candidate('a-later', 'the dam broke', { createdAt: new Date('2026-03-01T00:00:00Z') });
    const earlier = candidate('z-earlier', 'the dam broke', { createdAt: new Date('2026-02-01T00:00:00Z') });
    expect(rank([later, earlier])).toEqual(['z-earlier', 'a-later']);
  });
});
