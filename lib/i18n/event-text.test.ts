import { describe, expect, it } from 'vitest';
import { describeEvent, describeEventBriefly } from './event-text';

describe('audit events in words', () => {
  it('says status, evidence and review events with their values, in English', () => {
    expect(
      describeEvent('en', { kind: 'STATUS_CHANGED', before: { status: 'IN_PROGRESS' }, after: { status: 'FALSE', version: 3 } }),
    ).toEqual({ summary: 'changed the status', details: ['status In progress → False'] });
    const added = {
      kind: 'EVIDENCE_ADDED' as const,
      before: null,
      after: { title: 'BPS data', url: 'https://bps.go.id', relation: 'REFUTES' },
    };
    expect(describeEvent('en', added).details).toEqual([
      'evidence title “BPS data”',
      'evidence address “https://bps.go.id”',
      'evidence refutes',
    ]);
    expect(describeEvent('en', { kind: 'EVIDENCE_REMOVED', before: { title: 'Old', url: 'https://x.org' }, after: {} }).details).toEqual([
      '“Old” (https://x.org)',
    ]);
    expect(describeEvent('en', { kind: 'SENT_BACK', before: {}, after: { comment: 'Add a second source.' } }).details).toEqual([
      'Comment: Add a second source.',
    ]);
    expect(describeEventBriefly('en', { kind: 'ASSIGNED', before: { assigneeName: null }, after: { assigneeName: 'Dewi' } })).toBe(
      'changed the assignee (assigned to Dewi)',
    );
  });

  it('says the same in Indonesian, verdicts in Indonesian words', () => {
    expect(describeEvent('id', { kind: 'STATUS_CHANGED', before: { status: 'IN_PROGRESS' }, after: { status: 'FALSE' } })).toEqual({
      summary: 'mengubah status',
      details: ['status Sedang diperiksa → Keliru'],
    });
    const edited = {
      kind: 'EVIDENCE_EDITED' as const,
      before: { relation: 'SUPPORTS' },
      after: { evidenceTitle: 'Data BPS', relation: 'REFUTES' },
    };
    expect(describeEvent('id', edited).details).toEqual(['pada “Data BPS”', 'bukti mendukung → membantah']);
    expect(describeEvent('id', { kind: 'UNPUBLISHED', before: {}, after: { reason: 'Sumber menarik pernyataannya.' } })).toEqual({
      summary: 'membatalkan penerbitannya',
      details: ['Alasan: Sumber menarik pernyataannya.'],
    });
    expect(describeEventBriefly('id', { kind: 'ASSIGNED', before: { assigneeName: 'Dewi' }, after: { assigneeName: null } })).toBe(
      'mengubah penugasan (penugasan dilepas)',
    );
  });

  it('survives malformed JSON', () => {
    expect(describeEvent('en', { kind: 'STATUS_CHANGED', before: 'x', after: [1, 2] })).toEqual({
      summary: 'changed the status',
      details: [],
    });
    expect(describeEvent('id', { kind: 'STATUS_CHANGED', before: {}, after: { status: 'toString' } }).details).toEqual([]);
    expect(describeEventBriefly('id', { kind: 'APPROVED', before: null, after: null })).toBe('menyetujui dan menerbitkannya');
  });
});
