// The e-mail jobs (registered in lib/jobs/handlers.ts):
//   deliverNotificationEmail: queued with every new notification while e-mail is configured
//     (lib/notifications/notify.ts), in the same transaction;
//   sendDailyDigest: queued once a day per user from listDigestRecipients(day) by the digest schedule.
// They run in the worker, with the worker's own database client (`db`), never in a request.
// Each is idempotent (a sent e-mail is marked, a second run sends nothing) and throws when the SMTP
// server is down or refuses the mail, after recording the error, so the queue retries later. They
// run after the user's action has committed, so no e-mail problem can fail it.
import type { Db } from '@/lib/db/create-client';
import type { JobHandler } from '@/lib/jobs/define-job';
import { getEnv } from '@/lib/env';
import type { NotificationKind } from '@/lib/generated/prisma/enums';
import { isLocale, type Locale } from '@/lib/i18n/locales';
import { notificationTarget } from '@/lib/notifications/describe';
import { composeDigestEmail, composeNotificationEmail } from './compose';
import { configuredMailer, type Mailer } from './transport';

export type MailOutcome = 'sent' | 'mail-off' | 'already-sent' | 'not-wanted' | 'nothing-to-send';

const NOTIFICATION_SELECT = {
  id: true,
  kind: true,
  data: true,
  claimId: true,
  commentId: true,
  createdAt: true,
  actor: { select: { name: true } },
  claim: { select: { summary: true } },
} as const;

const recipientOf = (user: { email: string; name: string; locale: string | null }) => ({
  email: user.email,
  name: user.name,
  locale: (isLocale(user.locale) ? user.locale : getEnv().DEFAULT_LOCALE) satisfies Locale,
});

const linkTo = (target: { claimId: string; commentId: string | null }) =>
  new URL(notificationTarget(target), getEnv().PUBLIC_BASE_URL).href;

const factsOf = (n: { kind: NotificationKind; data: unknown; actor: { name: string }; claim: { summary: string } }) => ({
  kind: n.kind,
  data: n.data,
  actorName: n.actor.name,
  claimSummary: n.claim.summary,
});

async function emailChoice(db: Db, userId: string, kind: NotificationKind) {
  const row = await db.notificationPreference.findUnique({ where: { userId_kind: { userId, kind } }, select: { email: true } });
  return row?.email ?? 'IMMEDIATELY';
}

/** One notification by e-mail, if its recipient wants that kind immediately. */
export async function deliverNotificationEmail(
  db: Db,
  { notificationId }: { notificationId: string },
  mailer: Mailer | null = configuredMailer(),
): Promise<MailOutcome> {
  if (!mailer) return 'mail-off';
  const n = await db.notification.findUnique({
    where: { id: notificationId },
    select: {
      ...NOTIFICATION_SELECT,
      userId: true,
      emailedAt: true,
      user: { select: { email: true, name: true, locale: true, disabled: true } },
    },
  });
  if (!n || n.emailedAt) return 'already-sent';
  if (n.user.disabled || (await emailChoice(db, n.userId, n.kind)) !== 'IMMEDIATELY') return 'not-wanted';
  try {
    await mailer.send(composeNotificationEmail(recipientOf(n.user), factsOf(n), linkTo(n)));
  } catch (error) {
    await db.notification.update({ where: { id: n.id }, data: { emailError: describeError(error) } });
    throw error;
  }
  await db.notification.update({ where: { id: n.id }, data: { emailedAt: new Date(), emailError: null } });
  return 'sent';
}

/** The UTC day `day` (YYYY-MM-DD) as a half-open interval. */
function dayRange(day: string): { gte: Date; lt: Date } {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00Z`))) throw new Error(`Not a day: ${day}`);
  const gte = new Date(`${day}T00:00:00Z`);
  return { gte, lt: new Date(gte.getTime() + 86_400_000) };
}

async function dailyKinds(db: Db, userId: string): Promise<NotificationKind[]> {
  const rows = await db.notificationPreference.findMany({ where: { userId, email: 'DAILY' }, select: { kind: true } });
  return rows.map((r) => r.kind);
}

/** One e-mail listing the user's notifications of `day` whose kinds they chose as a daily digest. */
export async function sendDailyDigest(
  db: Db,
  { userId, day }: { userId: string; day: string },
  mailer: Mailer | null = configuredMailer(),
): Promise<MailOutcome> {
  if (!mailer) return 'mail-off';
  const createdAt = dayRange(day);
  if (await db.digestDelivery.findUnique({ where: { userId_day: { userId, day } }, select: { day: true } })) return 'already-sent';
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true, name: true, locale: true, disabled: true } });
  const kinds = await dailyKinds(db, userId);
  if (!user || user.disabled || kinds.length === 0) return 'not-wanted';
  const notifications = await db.notification.findMany({
    where: { userId, createdAt, kind: { in: kinds } },
    orderBy: { createdAt: 'asc' },
    take: 200,
    select: NOTIFICATION_SELECT,
  });
  if (notifications.length === 0) return 'nothing-to-send';
  const items = notifications.map((n) => ({ facts: factsOf(n), link: linkTo(n) }));
  await mailer.send(composeDigestEmail(recipientOf(user), day, items));
  // A concurrent run that got here too has sent the same digest; the key keeps one record.
  await db.digestDelivery.createMany({ data: [{ userId, day }], skipDuplicates: true });
  return 'sent';
}

/** Who gets a digest for `day`: users with a daily kind and a notification of that kind that day. */
export async function listDigestRecipients(db: Db, day: string): Promise<string[]> {
  const createdAt = dayRange(day);
  const rows = await db.notificationPreference.findMany({
    where: { email: 'DAILY', user: { disabled: false, notifications: { some: { createdAt } } } },
    distinct: ['userId'],
    select: { userId: true },
  });
  return rows.map((r) => r.userId);
}

function describeError(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 1000);
}

/** The worker's side of deliverNotificationEmail: a throw makes pg-boss retry later. */
export const notificationEmailJob: JobHandler<{ notificationId: string }> = async (payload, { db, log }) => {
  log(`notification e-mail ${payload.notificationId}: ${await deliverNotificationEmail(db, payload)}`);
};

export const dailyDigestJob: JobHandler<{ userId: string; day: string }> = async (payload, { db, log }) => {
  log(`daily digest ${payload.userId} ${payload.day}: ${await sendDailyDigest(db, payload)}`);
};

/** The digest schedule: yesterday's (UTC) digest for everyone who has one; one job per user and day. */
export const scheduleDailyDigestsJob: JobHandler<object> = async (_payload, { db, send }) => {
  if (!configuredMailer()) return;
  const day = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  for (const userId of await listDigestRecipients(db, day))
    await send('daily-digest', { userId, day }, { singletonKey: `${userId}:${day}` });
};
