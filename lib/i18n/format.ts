// Dates and times as each language writes them, through next-intl's formatter (Intl underneath).
// Pure, so pages, the social card and unit tests share it:
//   id: "1 Oktober 2020 15.32 WIB"      en: "1 October 2020, 15:32 WIB (UTC+7)"
import { createFormatter, createTranslator } from 'next-intl';
import { INTL_LOCALE, type Locale } from './locales';
import { MESSAGES } from './messages';

/** Indonesia's three zones by their UTC offset in minutes; other offsets are written as UTC±h. */
const ZONE_NAMES: Record<number, string> = { 420: 'WIB', 480: 'WITA', 540: 'WIT' };

// Instants are shifted by the wanted offset and formatted as UTC: exact for any offset, with no
// dependence on the time-zone database of the machine.
// One formatter per language for the whole process: each createFormatter() starts an empty cache of
// Intl objects, and building a new Intl.DateTimeFormat for every date shown was about 5 ms of each
// desk home render (issue 12). They hold no request or user data, only the language.
const formatters = new Map<Locale, ReturnType<typeof createFormatter>>();
function formatterFor(locale: Locale) {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = createFormatter({ locale: INTL_LOCALE[locale], timeZone: 'UTC' });
    formatters.set(locale, formatter);
  }
  return formatter;
}

/** "UTC+7", "UTC+5:30", "UTC-3", "UTC". */
export function utcOffsetLabel(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'UTC';
  const sign = offsetMinutes < 0 ? '-' : '+';
  const hours = Math.floor(Math.abs(offsetMinutes) / 60);
  const minutes = Math.abs(offsetMinutes) % 60;
  return `UTC${sign}${hours}${minutes ? `:${String(minutes).padStart(2, '0')}` : ''}`;
}

/** A calendar day in UTC (where `<time datetime>` puts it): "1 Oktober 2020" / "1 October 2020". */
export function formatDay(locale: Locale, instant: Date): string {
  return formatterFor(locale).dateTime(instant, { day: 'numeric', month: 'long', year: 'numeric' });
}

/** A moment as the source printed it, in the source's own UTC offset, with the zone named. */
export function formatSourceDateTime(locale: Locale, instant: Date, offsetMinutes: number | null): string {
  const offset = offsetMinutes ?? 0;
  const local = new Date(instant.getTime() + offset * 60_000);
  const format = formatterFor(locale);
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'Dates' });
  const zone = ZONE_NAMES[offset];
  return t('sourceDateTime', {
    date: format.dateTime(local, { day: 'numeric', month: 'long', year: 'numeric' }),
    time: format.dateTime(local, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
    named: zone ? 'yes' : 'no',
    zone: zone ?? '',
    utc: utcOffsetLabel(offset),
  });
}

/** A moment on the desk, in UTC and said so: "30 Nov 2026, 15:32 UTC" / "30 Nov 2026, 15.32 UTC". */
export function formatDeskDateTime(locale: Locale, instant: Date): string {
  const written = formatterFor(locale).dateTime(instant, { dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23' });
  return `${written} UTC`;
}

/** How long ago, for recent activity: "2 jam yang lalu" / "2 hours ago", in the unit that fits best. */
export function formatTimeAgo(locale: Locale, instant: Date, now: Date): string {
  return formatterFor(locale).relativeTime(instant, now);
}
