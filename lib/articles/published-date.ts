// Finds the publication date and time in a dateline or byline string and renders it as
// ISO 8601 with the offset the site printed ("01/10/2020, 15:32 WIB" is
// "2020-10-01T15:32:00+07:00"). Converting to UTC would lose the newsroom's local time,
// which fact-checkers cite. Without a time it returns a plain date; without a known zone,
// a local time with no offset, rather than guessing one.

import { formatOffset } from '@/lib/offset-date-time';
import { ZONE_PATTERN_SOURCE, zoneOffset, type WallClock } from './time-zones';

const MONTHS: Readonly<Record<string, number>> = {
  // English
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  // Indonesian, including older spellings and the abbreviations Detik and Tempo print
  januari: 1,
  februari: 2,
  pebruari: 2,
  maret: 3,
  mei: 5,
  juni: 6,
  juli: 7,
  agustus: 8,
  oktober: 10,
  nopember: 11,
  desember: 12,
  agu: 8,
  agt: 8,
  ags: 8,
  agus: 8,
  okt: 10,
  des: 12,
};

const MONTH_NAMES = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

const TIME = String.raw`(\d{1,2})[:.](\d{2})(?!\d)(?::(\d{2}))?(?:\s*([AaPp])\.?\s?[Mm]\.?)?(?:\s*(${ZONE_PATTERN_SOURCE})(?![A-Za-z]))?`;
const TIME_AFTER_DATE = new RegExp(String.raw`\s*(?:[,|·•\-–—]\s*)?(?:(?:at|pukul|jam|pk\.?)\s+)?${TIME}`, 'y');
const TIME_BEFORE_DATE = new RegExp(String.raw`${TIME}\s*(?:[,|·•\-–—]\s*)?(?:\p{L}+,\s*)?(?:on\s+)?$`, 'u');

const ISO_DATE_TIME = /\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s?(Z|[+-]\d{2}(?::?\d{2})?)?)?(?!\d)/g;
const NUMERIC_DAY_FIRST = /\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4})\b/g;
const DAY_MONTH_YEAR = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH_NAMES})\.?,?\s+(\d{4})\b`, 'gi');
const MONTH_DAY_YEAR = new RegExp(String.raw`\b(${MONTH_NAMES})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`, 'gi');

interface CalendarDate {
  start: number;
  end: number;
  year: number;
  month: number;
  day: number;
  /** ISO strings carry their own time; other formats look for one around the date. */
  isoTime?: string;
}

export interface FoundDate {
  /** ISO 8601 date, local date-time, or date-time with offset. */
  iso: string;
  /** Span of the source text the date (and its time) came from. */
  start: number;
  end: number;
}

const pad = (value: number) => String(value).padStart(2, '0');

function isRealDate(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function monthNumber(name: string | undefined): number {
  return MONTHS[(name ?? '').toLowerCase()] ?? 0;
}

function* calendarDates(text: string): Generator<CalendarDate> {
  for (const m of text.matchAll(ISO_DATE_TIME)) {
    const [, y, mo, d, h, mi, s, zone] = m;
    const date = { start: m.index, end: m.index + m[0].length, year: Number(y), month: Number(mo), day: Number(d) };
    if (h === undefined || mi === undefined) yield date;
    else {
      const offset = zone === undefined ? '' : zone === 'Z' ? '+00:00' : zoneSuffix(zone, { ...date, hour: Number(h), minute: Number(mi) });
      yield { ...date, isoTime: `${h}:${mi}:${s ?? '00'}${offset}` };
    }
  }
  for (const m of text.matchAll(NUMERIC_DAY_FIRST)) {
    const [first, second] = [Number(m[1]), Number(m[3])];
    // Indonesian and British sites write day first; fall back to US order only when forced.
    const [day, month] = second > 12 && first <= 12 ? [second, first] : [first, second];
    yield { start: m.index, end: m.index + m[0].length, year: Number(m[4]), month, day };
  }
  for (const m of text.matchAll(DAY_MONTH_YEAR)) {
    yield { start: m.index, end: m.index + m[0].length, year: Number(m[3]), month: monthNumber(m[2]), day: Number(m[1]) };
  }
  for (const m of text.matchAll(MONTH_DAY_YEAR)) {
    yield { start: m.index, end: m.index + m[0].length, year: Number(m[3]), month: monthNumber(m[1]), day: Number(m[2]) };
  }
}

function zoneSuffix(zone: string, wall: WallClock): string {
  const offset = zoneOffset(zone, wall);
  return offset === null ? '' : formatOffset(offset);
}

/** "HH:MM:SS" plus offset from a TIME match, or null when the clock reading is impossible. */
function clockTime(groups: RegExpExecArray, date: CalendarDate): string | null {
  let hour = Number(groups[1]);
  const minute = Number(groups[2]);
  const second = Number(groups[3] ?? '0');
  const meridiem = groups[4]?.toLowerCase();
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return null;
  const zone = groups[5];
  return `${pad(hour)}:${pad(minute)}:${pad(second)}${zone === undefined ? '' : zoneSuffix(zone, { ...date, hour, minute })}`;
}

function attachTime(text: string, date: CalendarDate): FoundDate {
  const day = `${date.year}-${pad(date.month)}-${pad(date.day)}`;
  if (date.isoTime !== undefined) return { iso: `${day}T${date.isoTime}`, start: date.start, end: date.end };
  TIME_AFTER_DATE.lastIndex = date.end;
  const after = TIME_AFTER_DATE.exec(text);
  const afterTime = after ? clockTime(after, date) : null;
  if (after && afterTime) return { iso: `${day}T${afterTime}`, start: date.start, end: date.end + after[0].length };
  const before = TIME_BEFORE_DATE.exec(text.slice(0, date.start));
  const beforeTime = before ? clockTime(before, date) : null;
  if (before && beforeTime) return { iso: `${day}T${beforeTime}`, start: before.index, end: date.end };
  return { iso: day, start: date.start, end: date.end };
}

/** The earliest real calendar date in `text`, with its time and zone when printed. */
export function findPublishedDate(text: string): FoundDate | null {
  let earliest: CalendarDate | null = null;
  for (const date of calendarDates(text)) {
    if (!isRealDate(date.year, date.month, date.day)) continue;
    if (earliest === null || date.start < earliest.start) earliest = date;
  }
  return earliest === null ? null : attachTime(text, earliest);
}

export function parsePublishedDate(text: string): string | null {
  return findPublishedDate(text)?.iso ?? null;
}
