import { describe, expect, it } from 'vitest';
import { CLAIM_STATUSES, isVerdict, statusLabel } from './status';

describe('status dictionary', () => {
  it('rates the five verdicts from 5 (true) to 1 (false)', () => {
    expect(
      ['TRUE', 'PARTLY_TRUE', 'UNPROVEN', 'MISLEADING', 'FALSE'].map((s) => CLAIM_STATUSES[s as keyof typeof CLAIM_STATUSES].rating),
    ).toEqual([5, 4, 3, 2, 1]);
  });
  it('gives labels in both languages', () => {
    expect(statusLabel('FALSE', 'id')).toBe('Keliru');
    expect(statusLabel('PARTLY_TRUE')).toBe('Partly true');
    expect(statusLabel('NOT_CHECKABLE', 'id')).toBe('Bukan klaim faktual');
  });
  it('never treats working states or not-checkable as a verdict', () => {
    expect(isVerdict('UNSTARTED')).toBe(false);
    expect(isVerdict('IN_PROGRESS')).toBe(false);
    expect(isVerdict('NOT_CHECKABLE')).toBe(false);
    expect(CLAIM_STATUSES.NOT_CHECKABLE.rating).toBeNull();
  });
});
