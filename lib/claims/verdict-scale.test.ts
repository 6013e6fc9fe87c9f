import { describe, expect, it } from 'vitest';
import { BEST_RATING, CLAIM_STATUSES, WORST_RATING } from './status';
import { VERDICT_SCALE, scaleAnchor } from './verdict-scale';

describe('VERDICT_SCALE', () => {
  it('lists every publishable verdict once, best to worst, with the rating ClaimReview uses', () => {
    expect(VERDICT_SCALE.map((step) => step.status)).toEqual(['TRUE', 'PARTLY_TRUE', 'UNPROVEN', 'MISLEADING', 'FALSE']);
    for (const step of VERDICT_SCALE) expect(step.rating).toBe(CLAIM_STATUSES[step.status].rating);
    expect(VERDICT_SCALE[0]?.rating).toBe(BEST_RATING);
    expect(VERDICT_SCALE.at(-1)?.rating).toBe(WORST_RATING);
  });
  it('gives each verdict an anchor fit for a URL fragment', () => {
    expect(scaleAnchor('PARTLY_TRUE')).toBe('verdict-partly-true');
  });
});
