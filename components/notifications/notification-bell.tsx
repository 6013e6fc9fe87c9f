// The header's bell: a link to the inbox with the unread count, said in words for screen readers
// and shown as a number (not only a coloured dot) for everyone.
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { countUnreadNotifications } from '@/lib/data/notifications';

export async function NotificationBell() {
  const [t, unread] = await Promise.all([getTranslations('Notifications'), countUnreadNotifications()]);
  const label = unread > 0 ? t('bellUnread', { count: unread }) : t('bell');
  return (
    <Link
      href="/desk/notifications"
      aria-label={label}
      title={label}
      data-testid="notification-bell"
      className="relative inline-flex items-center gap-1 rounded px-2 py-1 hover:bg-stone-100"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="1.8">
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {unread > 0 ? (
        <span className="rounded-full bg-red-700 px-1.5 text-xs font-semibold text-white" data-testid="unread-count">
          {unread > 99 ? '99+' : unread}
        </span>
      ) : null}
    </Link>
  );
}
