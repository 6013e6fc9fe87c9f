// Timestamps in the source's own UTC offset ("2020-10-01T15:32:00+07:00"): the one parser and
// formatter for offsets, used by the importer, the article schema, and the pages that print dates.

const MAX_OFFSET_MINUTES = 14 * 60;

/** "+07:00" style suffix for an ISO 8601 timestamp. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  return `${sign}${String(Math.floor(absolute / 60)).padStart(2, '0')}:${String(absolute % 60).padStart(2, '0')}`;
}

/** "+07:00", "-0430", "+7", "Z" -> minutes east of UTC, or null for anything else or beyond ±14 h. */
export function parseOffset(text: string): number | null {
  if (text === 'Z') return 0;
  const match = /^([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(text);
  if (!match) return null;
  const hours = Number(match[2]);
  const minutes = Number(match[3] ?? '0');
  const total = hours * 60 + minutes;
  if (minutes > 59 || total > MAX_OFFSET_MINUTES) return null;
  return match[1] === '-' ? -total : total;
}

/** "2020-10-01T15:32:00+07:00" -> the instant and the source's own offset (420 minutes). */
export function parseOffsetDateTime(value: string): { instant: Date; offsetMinutes: number } | null {
  const text = value.trim();
  const match = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(Z|[+-]\d{2}:\d{2})$/.exec(text);
  if (!match) return null;
  const instant = new Date(text);
  const offsetMinutes = parseOffset(match[1] ?? '');
  if (Number.isNaN(instant.getTime()) || offsetMinutes === null) return null;
  return { instant, offsetMinutes };
}

/** The instant written back in the source's own offset: 2020-10-01T15:32:00+07:00. */
export function formatOffsetDateTime(instant: Date, offsetMinutes: number): string {
  const local = new Date(instant.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 19);
  return offsetMinutes === 0 ? `${local}Z` : `${local}${formatOffset(offsetMinutes)}`;
}
