// Dates as the source printed them: in the article's own UTC offset, with the offset named.
import { formatOffsetDateTime } from '@/lib/offset-date-time';

const ZONE_NAMES: Record<number, string> = { 420: 'WIB', 480: 'WITA', 540: 'WIT', 0: 'UTC' };

export function formatSourceDate(instant: Date | null, offsetMinutes: number | null): string | null {
  if (!instant) return null;
  const iso = formatOffsetDateTime(instant, offsetMinutes ?? 0);
  const [date, time] = iso.split('T') as [string, string];
  const zone = ZONE_NAMES[offsetMinutes ?? 0] ?? `UTC${iso.slice(19)}`;
  return `${date} ${time.slice(0, 5)} ${zone}`;
}
