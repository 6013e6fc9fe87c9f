'use server';
// The inbox: open a notification (marked read, then to the claim and comment it is about), mark all
// read, and choose per kind how notifications also arrive by e-mail. Every role has an inbox; each
// action touches only the caller's own rows, whatever id the form sends.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { db } from '@/lib/db';
import { notificationTarget, NOTIFICATION_KINDS } from '@/lib/notifications/describe';
import { emailPreferencesSchema, noInputSchema } from '@/lib/schemas/notifications';
import { formAction, recordFormAction } from './define-action';

const loadOwnNotification = (id: string, { user }: { user: { id: string } }) =>
  db.notification.findFirst({ where: { id, userId: user.id }, select: { id: true, claimId: true, commentId: true, readAt: true } });

export const openNotificationAction = recordFormAction(
  { permission: 'desk:read', schema: noInputSchema, missing: 'Notifications.notYours', load: loadOwnNotification },
  async ({ row }) => {
    if (!row.readAt) await db.notification.updateMany({ where: { id: row.id, readAt: null }, data: { readAt: new Date() } });
    revalidatePath('/desk', 'layout');
    redirect(notificationTarget(row));
  },
);

export const markAllNotificationsReadAction = formAction({ permission: 'desk:read', schema: noInputSchema }, async ({ user, t }) => {
  await db.notification.updateMany({ where: { userId: user.id, readAt: null }, data: { readAt: new Date() } });
  revalidatePath('/desk', 'layout');
  return { ok: true, message: t('Notifications.allRead') };
});

export const saveEmailPreferencesAction = formAction(
  { permission: 'desk:read', schema: emailPreferencesSchema },
  async ({ user, input, t }) => {
    await db.$transaction(
      NOTIFICATION_KINDS.map((kind) =>
        db.notificationPreference.upsert({
          where: { userId_kind: { userId: user.id, kind } },
          create: { userId: user.id, kind, email: input[kind] },
          update: { email: input[kind] },
        }),
      ),
    );
    revalidatePath('/desk/profile');
    return { ok: true, message: t('Notifications.preferencesSaved') };
  },
);
