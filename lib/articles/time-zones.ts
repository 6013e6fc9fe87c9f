// UTC offsets for the zone labels news sites print next to a time. Only unambiguous labels
// are listed (IST, for one, means India or Ireland, so it is left out): a wrong offset
// would silently misdate a story, while a missing one is visible.

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

// US wire copy often says just "ET"; the offset then depends on daylight saving time.
const US_GENERIC_STANDARD_OFFSET: Readonly<Record<string, number>> = {
  ET: -5 * 60,
  CT: -6 * 60,
  MT: -7 * 60,
  PT: -8 * 60,
};

/** Pattern for any zone label this module understands; capture it and pass to `zoneOffset`. */
export const ZONE_PATTERN_SOURCE =
  String.raw`(?:GMT|UTC)\s?[+\-−]\s?\d{1,2}(?::?\d{2})?|[+\-]\d{2}:?\d{2}|\(?[A-Z]{1,5}\)?`;

function nthSundayOfMonth(year: number, month: number, n: number): number {
  const firstWeekday = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  return 1 + ((7 - firstWeekday) % 7) + (n - 1) * 7;
}

/** US daylight saving time: second Sunday of March to first Sunday of November. */
function isUsDaylightTime(year: number, month: number, day: number): boolean {
  if (month < 3 || month > 11) return false;
  if (month > 3 && month < 11) return true;
  if (month === 3) return day >= nthSundayOfMonth(year, 3, 2);
  return day < nthSundayOfMonth(year, 11, 1);
}

/** Offset in minutes east of UTC for a printed zone label, or null when unknown. */
export function zoneOffset(label: string, year: number, month: number, day: number): number | null {
  const token = label.replace(/[()]/g, '').replace('−', '-').replace(/\s/g, '').toUpperCase();
  const numeric = /^(?:GMT|UTC)?([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(token);
  if (numeric) {
    const hours = Number(numeric[2]);
    const minutes = Number(numeric[3] ?? '0');
    if (hours > 14 || minutes > 59) return null;
    return (numeric[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
  }
  const fixed = FIXED_OFFSET_MINUTES[token];
  if (fixed !== undefined) return fixed;
  const generic = US_GENERIC_STANDARD_OFFSET[token];
  if (generic !== undefined) return generic + (isUsDaylightTime(year, month, day) ? 60 : 0);
  return null;
}

/** "+07:00" style suffix for an ISO 8601 timestamp. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  const hours = String(Math.floor(absolute / 60)).padStart(2, '0');
  return `${sign}${hours}:${String(absolute % 60).padStart(2, '0')}`;
}
