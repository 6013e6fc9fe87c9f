// A moment on the desk in the reader's language: the date and time in UTC, or, for recent activity,
// how long ago ("2 jam yang lalu" / "2 hours ago") with the exact moment as its tooltip. next-intl's
// hooks work in server and client components alike, so any desk component can use it.
import { useLocale, useNow } from 'next-intl';
import { formatDeskDateTime, formatTimeAgo } from '@/lib/i18n/format';
import { isLocale } from '@/lib/i18n/locales';

export function DeskTime({ at, ago = false }: { at: Date; ago?: boolean }) {
  const asked = useLocale();
  const locale = isLocale(asked) ? asked : 'en';
  const now = useNow();
  const exact = formatDeskDateTime(locale, at);
  return (
    // The server's and the browser's "now" differ by the page's travel time: "ago" may round apart.
    <time dateTime={at.toISOString()} title={ago ? exact : undefined} suppressHydrationWarning>
      {ago ? formatTimeAgo(locale, at, now) : exact}
    </time>
  );
}
