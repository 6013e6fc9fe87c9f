import { describe, expect, it } from 'vitest';
import { findPublishedDate, parsePublishedDate } from './published-date';

describe('parsePublishedDate', () => {
  it.each([
    ['Kompas.com - 01/10/2020, 15:32 WIB', '2020-10-01T15:32:00+07:00'],
    ['01/10/2020, 15:32 WITA', '2020-10-01T15:32:00+08:00'],
    ['01/10/2020, 15:32 WIT', '2020-10-01T15:32:00+09:00'],
    ['1 Oktober 2020, 15:32 WIB', '2020-10-01T15:32:00+07:00'],
    ['Kamis, 01 Okt 2020 15:32 WIB', '2020-10-01T15:32:00+07:00'],
    ['Rabu, 17 Agustus 2022 | 08.05 WIB', '2022-08-17T08:05:00+07:00'],
    ['October 1, 2020 3:32 PM GMT+7', '2020-10-01T15:32:00+07:00'],
    ['Updated 1 Oct 2020 15:32 BST', '2020-10-01T15:32:00+01:00'],
    ['2020-10-01T08:32:00Z', '2020-10-01T08:32:00+00:00'],
    ['2020-10-01T15:32:00.250+0700', '2020-10-01T15:32:00+07:00'],
    ['Oct. 1, 2020 at 3:32 p.m. ET', '2020-10-01T15:32:00-04:00'],
    ['Jan 10, 2020 9:05 a.m. ET', '2020-01-10T09:05:00-05:00'],
    ['3:32 PM EDT, October 1, 2020', '2020-10-01T15:32:00-04:00'],
    ['1 January 2021 00:15 UTC+05:30', '2021-01-01T00:15:00+05:30'],
    ['12:00 AM GMT, 2 February 2021', '2021-02-02T00:00:00+00:00'],
  ])('reads %s with its offset', (text, expected) => {
    expect(parsePublishedDate(text)).toBe(expected);
  });

  // Daylight saving starts at 02:00 on 8 March 2026 and ends at 02:00 on 1 November 2026 in the
  // US: on those days the offset depends on the hour, not only on the date.
  it.each([
    ['March 8, 2026 1:30 a.m. ET', '2026-03-08T01:30:00-05:00'],
    ['March 8, 2026 3:30 a.m. ET', '2026-03-08T03:30:00-04:00'],
    ['Nov. 1, 2026 12:30 a.m. ET', '2026-11-01T00:30:00-04:00'],
    ['Nov. 1, 2026 9:00 a.m. ET', '2026-11-01T09:00:00-05:00'],
    ['Nov. 1, 2026 9:00 a.m. PT', '2026-11-01T09:00:00-08:00'],
    ['March 8, 2026 1:59 a.m. CT', '2026-03-08T01:59:00-06:00'],
  ])('reads %s with the offset in force at that hour of a switch day', (text, expected) => {
    expect(parsePublishedDate(text)).toBe(expected);
  });

  it('keeps the local time without inventing an offset when the zone is missing or unknown', () => {
    expect(parsePublishedDate('01/10/2020, 15:32')).toBe('2020-10-01T15:32:00');
    expect(parsePublishedDate('1 October 2020 15:32 IST')).toBe('2020-10-01T15:32:00');
  });

  it('returns a plain date when no time is printed', () => {
    expect(parsePublishedDate('Published 30 September 2020')).toBe('2020-09-30');
    expect(parsePublishedDate('Kamis (1/10/2020)')).toBe('2020-10-01');
  });

  it('rejects impossible dates and times', () => {
    expect(parsePublishedDate('31/09/2020')).toBeNull();
    expect(parsePublishedDate('30 Februari 2021')).toBeNull();
    expect(parsePublishedDate('1 Oct 2020 25:10 BST')).toBe('2020-10-01');
    expect(parsePublishedDate('no date here, only 15:32 WIB')).toBeNull();
  });

  it('does not take a thousands separator for a time', () => {
    expect(parsePublishedDate('1 Oktober 2020. 15.000 orang hadir')).toBe('2020-10-01');
  });

  it('reports the span of the date so the rest of the line can be inspected', () => {
    const line = 'Kompas.com - 01/10/2020, 15:32 WIB';
    const found = findPublishedDate(line);
    expect(found && line.slice(found.start, found.end)).toBe('01/10/2020, 15:32 WIB');
  });
});
