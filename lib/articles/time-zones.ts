// UTC offsets for the zone labels news sites print next to a time. Only unambiguous labels
// are listed (IST, for one, means India or Ireland, so it is left out): a wrong offset
// would silently misdate a story, while a missing one is visible.
import { parseOffset } from '@/lib/offset-date-time';

const FIXED_OFFSET_MINUTES: Readonly<Record<string, number>> = {
  // Indonesia
  WIB: 7 * 60,
  WITA: 8 * 60,
  WIT: 9 * 60,
  // Universal and Europe
  Z: 0,
  UT: 0,
  UTC: 0,
  GMT: 0,
  WET: 0,
  BST: 60,
  WEST: 60,
  CET: 60,
  CEST: 2 * 60,
  EET: 2 * 60,
  EEST: 3 * 60,
  MSK: 3 * 60,
  // Asia and Pacific
  ICT: 7 * 60,
  SGT: 8 * 60,
  MYT: 8 * 60,
  HKT: 8 * 60,
  PHT: 8 * 60,
  AWST: 8 * 60,
  JST: 9 * 60,
  KST: 9 * 60,
  ACST: 9 * 60 + 30,
  AEST: 10 * 60,
  AEDT: 11 * 60,
  NZST: 12 * 60,
  NZDT: 13 * 60,
  // North America
  EST: -5 * 60,
  EDT: -4 * 60,
  CST: -6 * 60,
  CDT: -5 * 60,
  MST: -7 * 60,
  MDT: -6 * 60,
  PST: -8 * 60,
  PDT: -7 * 60,
  AKST: -9 * 60,
  AKDT: -8 * 60,
  HST: -10 * 60,
};

// US wire copy often says just "ET": the offset then depends on daylight saving time, which the
// platform's time-zone data knows (switch days included), so it is read from there.
const US_GENERIC_ZONES: Readonly<Record<string, string>> = {
  ET: 'America/New_York',
  CT: 'America/Chicago',
  MT: 'America/Denver',
  PT: 'America/Los_Angeles',
};

/** Pattern for any zone label this module understands; capture it and pass to `zoneOffset`. */
export const ZONE_PATTERN_SOURCE = String.raw`(?:GMT|UTC)\s?[+\-−]\s?\d{1,2}(?::?\d{2})?|[+\-]\d{2}:?\d{2}|\(?[A-Z]{1,5}\)?`;

/** A reading of a clock as printed beside the date: no zone yet. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
}

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** Minutes east of UTC in `timeZone` at `instant` ("GMT-04:00" from Intl, read back). */
function offsetAt(timeZone: string, instant: number): number {
  let format = offsetFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    offsetFormats.set(timeZone, format);
  }
  const name = format.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  return parseOffset(name.replace(/^GMT/, '') || 'Z') ?? 0;
}

/**
 * The offset in force in `timeZone` when its clocks read `wall`. Two steps: the offset near that
 * reading, then the offset at the instant that gives. A reading repeated when clocks go back
 * (01:30 on the November switch day) gets the earlier, daylight offset.
 */
function wallClockOffset(timeZone: string, { year, month, day, hour = 12, minute = 0 }: WallClock): number {
  const asIfUtc = Date.UTC(year, month - 1, day, hour, minute);
  return offsetAt(timeZone, asIfUtc - offsetAt(timeZone, asIfUtc) * 60_000);
}

/** Offset in minutes east of UTC for a printed zone label, or null when unknown. */
export function zoneOffset(label: string, wall: WallClock): number | null {
  const token = label.replace(/[()]/g, '').replace('−', '-').replace(/\s/g, '').toUpperCase();
  const numeric = /^(?:GMT|UTC)?([+-]\d{1,2}(?::?\d{2})?)$/.exec(token);
  if (numeric) return parseOffset(numeric[1] ?? '');
  const fixed = FIXED_OFFSET_MINUTES[token];
  if (fixed !== undefined) return fixed;
  const generic = US_GENERIC_ZONES[token];
  return generic === undefined ? null : wallClockOffset(generic, wall);
}
