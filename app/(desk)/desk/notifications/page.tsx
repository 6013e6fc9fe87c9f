import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { MarkAllReadForm } from '@/components/notifications/mark-all-read-form';
import { DeskTime } from '@/components/ui/desk-time';
import { OpenNotificationForm } from '@/components/notifications/open-notification-form';
import { guardPage } from '@/lib/auth/guard';
import { listNotifications } from '@/lib/data/notifications';
import { notificationMessage } from '@/lib/notifications/describe';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Notifications'))('title') };
}

// Each entry opens through a small form (works without JavaScript): the action marks it read and
// leads to the claim, at the comment when it is about one.
export default async function NotificationsPage() {
  await guardPage('desk:read', '/desk/notifications');
  const [t, notifications] = await Promise.all([getTranslations('Notifications'), listNotifications()]);
  const unread = notifications.some((n) => !n.readAt);
  return (
    <div className="max-w-3xl space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t('heading')}</h1>
        {unread ? <MarkAllReadForm /> : null}
      </div>
      {notifications.length === 0 ? (
        <p className="text-stone-600">{t('empty')}</p>
      ) : (
        <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white" data-testid="inbox">
          {notifications.map((n) => {
            const { key, values } = notificationMessage({
              kind: n.kind,
              data: n.data,
              actorName: n.actor.name,
              claimSummary: n.claim.summary,
            });
            return (
              <li key={n.id} data-testid="notification" data-unread={n.readAt ? undefined : 'true'} className={n.readAt ? '' : 'bg-sky-50'}>
                <OpenNotificationForm id={n.id}>
                  <p>
                    {n.readAt ? null : (
                      <span className="mr-2 rounded bg-sky-800 px-1.5 py-0.5 text-xs font-semibold text-white">{t('unread')}</span>
                    )}
                    {t(key as 'assigned', values)}
                    <span className="block text-xs text-stone-500">
                      <DeskTime at={n.createdAt} ago />
                    </span>
                  </p>
                </OpenNotificationForm>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
