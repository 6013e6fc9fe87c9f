import { describe, expect, it } from 'vitest';
import { parseReportFilters, weeksOf } from './filters';

const today = new Date('2026-11-30T15:00:00Z');

describe('report filters', () => {
  it('default to the last twelve weeks up to today', () => {
    const parsed = parseReportFilters({}, today);
    expect(parsed).toMatchObject({ ok: true, filters: { fromDay: '2026-09-08', toDay: '2026-11-30', editorId: null } });
    expect(parsed.ok && parsed.filters.to.toISOString()).toBe('2026-12-01T00:00:00.000Z');
  });

  it('refuse a reversed, impossible, absurd or too long range, and a malformed editor', () => {
    expect(parseReportFilters({ from: '2026-11-01', to: '2026-10-01' }, today)).toMatchObject({ ok: false, problem: 'reversed' });
    expect(parseReportFilters({ from: '2026-02-30' }, today)).toMatchObject({ ok: false, problem: 'badDate' });
    expect(parseReportFilters({ from: '1900-01-01', to: '1900-02-01' }, today)).toMatchObject({ ok: false, problem: 'outOfRange' });
    expect(parseReportFilters({ from: '2026-01-01', to: '9999-12-31' }, today)).toMatchObject({ ok: false, problem: 'outOfRange' });
    expect(parseReportFilters({ from: '2010-01-01', to: '2026-01-01' }, today)).toMatchObject({ ok: false, problem: 'tooLong' });
    expect(parseReportFilters({ editor: "x' OR 1=1" }, today)).toMatchObject({ ok: false, problem: 'badEditor' });
  });

  it('list the Mondays of the weeks the range touches', () => {
    expect(weeksOf({ from: new Date('2026-11-04T00:00:00Z'), to: new Date('2026-11-17T00:00:00Z') })).toEqual([
      '2026-11-02',
      '2026-11-09',
      '2026-11-16',
    ]);
  });
});
