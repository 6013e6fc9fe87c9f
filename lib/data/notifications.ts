// The signed-in user's inbox: the unread count for the header's bell, the list, and the e-mail
// preferences for the profile page. Always the caller's own rows, taken from the session.
import 'server-only';
import { requirePermission } from '@/lib/auth/guard';
import { db } from '@/lib/db';
import type { EmailFrequency, NotificationKind } from '@/lib/generated/prisma/enums';
import { NOTIFICATION_KINDS } from '@/lib/notifications/describe';

export const INBOX_PAGE_SIZE = 50;

export async function countUnreadNotifications(): Promise<number> {
  const user = await requirePermission('desk:read');
  return db.notification.count({ where: { userId: user.id, readAt: null } });
}

export async function listNotifications() {
  const user = await requirePermission('desk:read');
  return db.notification.findMany({
    where: { userId: user.id },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: INBOX_PAGE_SIZE,
    select: {
      id: true,
      kind: true,
      data: true,
      createdAt: true,
      readAt: true,
      actor: { select: { name: true } },
      claim: { select: { summary: true } },
    },
  });
}

/** Every kind with the user's choice, the default (immediately) where none was saved. */
export async function getEmailPreferences(): Promise<Record<NotificationKind, EmailFrequency>> {
  const user = await requirePermission('desk:read');
  const saved = await db.notificationPreference.findMany({ where: { userId: user.id }, select: { kind: true, email: true } });
  const chosen = new Map(saved.map((p) => [p.kind, p.email]));
  return Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, chosen.get(kind) ?? 'IMMEDIATELY'])) as Record<
    NotificationKind,
    EmailFrequency
  >;
}
