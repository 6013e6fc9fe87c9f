import { describe, expect, it } from 'vitest';
import { describeEvent, describeEventBriefly } from './history';

describe('describeEvent', () => {
  it('describes status, evidence and review events with their values', () => {
    expect(describeEvent({ kind: 'STATUS_CHANGED', before: { status: 'IN_PROGRESS' }, after: { status: 'FALSE', version: 3 } })).toEqual({
      summary: 'changed the status',
      details: ['status In progress → False'],
    });
    expect(
      describeEvent({ kind: 'EVIDENCE_ADDED', before: null, after: { title: 'BPS data', url: 'https://bps.go.id', relation: 'REFUTES' } })
        .details,
    ).toEqual(['evidence title “BPS data”', 'evidence url “https://bps.go.id”', 'evidence refutes']);
    expect(describeEvent({ kind: 'EVIDENCE_REMOVED', before: { title: 'Old', url: 'https://x.org' }, after: {} }).details).toEqual([
      '“Old” (https://x.org)',
    ]);
    expect(describeEvent({ kind: 'SENT_BACK', before: {}, after: { comment: 'Add a second source.' } }).details).toEqual([
      'Comment: Add a second source.',
    ]);
    expect(describeEvent({ kind: 'ASSIGNED', before: { assigneeName: null }, after: { assigneeName: 'Dewi' } }).details).toEqual([
      'assigned to Dewi',
    ]);
  });

  it('survives malformed JSON', () => {
    expect(describeEvent({ kind: 'STATUS_CHANGED', before: 'x', after: [1, 2] })).toEqual({ summary: 'changed the status', details: [] });
    expect(describeEventBriefly({ kind: 'APPROVED', before: null, after: null })).toBe('approved and published it');
  });
});
