import { describe, expect, it, vi } from 'vitest';
import { formatDay, formatDeskDateTime, formatSourceDateTime, formatTimeAgo, utcOffsetLabel } from './format';

// 2020-10-01 15:32 in Jakarta (UTC+7) is 08:32 UTC.
const JAKARTA_AFTERNOON = new Date('2020-10-01T08:32:00Z');

describe('dates as each language writes them', () => {
  it('writes a source time in its own zone, the Indonesian and the English way', () => {
    expect(formatSourceDateTime('id', JAKARTA_AFTERNOON, 420)).toBe('1 Oktober 2020 15.32 WIB');
    expect(formatSourceDateTime('en', JAKARTA_AFTERNOON, 420)).toBe('1 October 2020, 15:32 WIB (UTC+7)');
  });

  it('names the other Indonesian zones and writes any other offset as UTC±h', () => {
    expect(formatSourceDateTime('id', JAKARTA_AFTERNOON, 540)).toBe('1 Oktober 2020 17.32 WIT');
    expect(formatSourceDateTime('en', JAKARTA_AFTERNOON, 480)).toBe('1 October 2020, 16:32 WITA (UTC+8)');
    expect(formatSourceDateTime('en', JAKARTA_AFTERNOON, 330)).toBe('1 October 2020, 14:02 UTC+5:30');
    expect(formatSourceDateTime('id', JAKARTA_AFTERNOON, null)).toBe('1 Oktober 2020 08.32 UTC');
    expect(formatSourceDateTime('en', new Date('2020-10-01T02:00:00Z'), -180)).toBe('30 September 2020, 23:00 UTC-3');
  });

  it('writes a day without a time', () => {
    expect(formatDay('id', new Date('2026-11-30T23:00:00Z'))).toBe('30 November 2026');
    expect(formatDay('en', new Date('2026-02-01T00:00:00Z'))).toBe('1 February 2026');
  });

  it('labels offsets', () => {
    expect([0, 420, -210, 345].map(utcOffsetLabel)).toEqual(['UTC', 'UTC+7', 'UTC-3:30', 'UTC+5:45']);
  });
});

describe('desk times', () => {
  const at = new Date('2026-11-30T15:32:00Z');
  it('writes a desk moment in UTC, each language its way', () => {
    expect(formatDeskDateTime('en', at)).toBe('30 Nov 2026, 15:32 UTC');
    expect(formatDeskDateTime('id', at)).toMatch(/^30 Nov 2026,? 15\.32 UTC$/);
  });

  it('says how long ago with the language plural rules', () => {
    const later = new Date('2026-11-30T17:40:00Z');
    expect(formatTimeAgo('en', at, later)).toBe('2 hours ago');
    expect(formatTimeAgo('id', at, later)).toBe('2 jam yang lalu');
    expect(formatTimeAgo('en', at, new Date('2026-11-30T16:33:00Z'))).toBe('1 hour ago');
  });
});

describe('formatters are made once per language', () => {
  it('formats many desk times without building a new Intl.DateTimeFormat for each', () => {
    formatDeskDateTime('en', JAKARTA_AFTERNOON); // warm: the first call may build its formatter
    const built = vi.spyOn(Intl, 'DateTimeFormat');
    try {
      for (let minute = 0; minute < 30; minute++) {
        expect(formatDeskDateTime('en', new Date(JAKARTA_AFTERNOON.getTime() + minute * 60_000))).toMatch(/ UTC$/);
      }
      expect(built.mock.calls.length).toBeLessThanOrEqual(1);
    } finally {
      built.mockRestore();
    }
  });
});
