import { describe, expect, it } from 'vitest';
import { formatOffset, formatOffsetDateTime, parseOffset, parseOffsetDateTime } from './offset-date-time';

describe('dates with the source offset', () => {
  it('keeps WIB, WITA and UTC round-trips', () => {
    for (const value of ['2020-10-01T15:32:00+07:00', '2021-02-03T08:00:00+08:00', '2019-12-31T23:59:00Z', '2020-06-01T09:30:00-04:00']) {
      const parsed = parseOffsetDateTime(value);
      expect(parsed).not.toBeNull();
      if (parsed) expect(formatOffsetDateTime(parsed.instant, parsed.offsetMinutes)).toBe(value);
    }
    expect(parseOffsetDateTime('2020-10-01T15:32:00+07:00')?.instant.toISOString()).toBe('2020-10-01T08:32:00.000Z');
  });
  it('refuses dates without an offset or out of range', () => {
    for (const bad of ['2020-10-01 15:32', '2020-10-01T15:32:00', '2020-13-01T15:32:00+07:00', '2020-10-01T15:32:00+15:00', 'yesterday']) {
      expect(parseOffsetDateTime(bad)).toBeNull();
    }
  });
});

describe('offsets', () => {
  it('reads and writes the offset forms the importer meets', () => {
    expect([parseOffset('Z'), parseOffset('+07:00'), parseOffset('-0430'), parseOffset('+7'), parseOffset('+14:00')]).toEqual([
      0, 420, -270, 420, 840,
    ]);
    expect([parseOffset('+14:30'), parseOffset('+07:60'), parseOffset('07:00'), parseOffset('')]).toEqual([null, null, null, null]);
    expect([formatOffset(420), formatOffset(-270), formatOffset(0)]).toEqual(['+07:00', '-04:30', '+00:00']);
  });
});
