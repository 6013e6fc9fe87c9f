import { describe, expect, it } from 'vitest';
import { articleBodySchema, formatOffsetDateTime, parseOffsetDateTime } from './article';

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

describe('article body', () => {
  it('stores LF line ends so offsets match what the browser shows', () => {
    expect(articleBodySchema.parse('Satu.\r\n\r\nDua.\r\n')).toBe('Satu.\n\nDua.');
  });
  it('refuses an empty or oversized body', () => {
    expect(articleBodySchema.safeParse(' \n ').success).toBe(false);
    expect(articleBodySchema.safeParse('a'.repeat(1024 * 1024 + 1)).success).toBe(false);
  });
});
