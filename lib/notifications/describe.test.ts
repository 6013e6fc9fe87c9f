import { describe, expect, it } from 'vitest';
import { notificationMessage, notificationTarget } from './describe';

const facts = { actorName: 'Dewi', claimSummary: 'The dam was inspected' };

describe('notification text', () => {
  it('names the outcome of a verdict, approved when the data says nothing usable', () => {
    expect(notificationMessage({ ...facts, kind: 'VERDICT_OUTCOME', data: { outcome: 'sentBack' } }).key).toBe('outcome_sentBack');
    expect(notificationMessage({ ...facts, kind: 'VERDICT_OUTCOME', data: { outcome: 'corrected' } }).key).toBe('outcome_corrected');
    expect(notificationMessage({ ...facts, kind: 'VERDICT_OUTCOME', data: '<script>' }).key).toBe('outcome_approved');
  });

  it('passes who and which claim as values', () => {
    expect(notificationMessage({ ...facts, kind: 'MENTIONED', data: null })).toEqual({
      key: 'mentioned',
      values: { actor: 'Dewi', claim: 'The dam was inspected' },
    });
  });

  it('leads to the comment when there is one', () => {
    expect(notificationTarget({ claimId: 'c1', commentId: 'k2' })).toBe('/desk/claims/c1#comment-k2');
    expect(notificationTarget({ claimId: 'c1', commentId: null })).toBe('/desk/claims/c1');
  });
});
