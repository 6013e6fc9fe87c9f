// Writing inbox entries, always inside the transaction of the action that causes them, so an
// action and its notifications are kept or lost together. E-mail is never sent here: while e-mail
// is configured, each entry's e-mail job is queued in the same transaction, and the worker sends it
// later (lib/mail/jobs.ts), so an SMTP failure cannot touch the action.
import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { NotificationKind, Role } from '@/lib/generated/prisma/enums';
import { getEnv } from '@/lib/env';
import { enqueueJob } from '@/lib/jobs/enqueue';

type Tx = Prisma.TransactionClient;

export interface NotificationSpec {
  kind: NotificationKind;
  claimId: string;
  actorId: string;
  commentId?: string;
  data?: Prisma.InputJsonValue;
}

/** One entry per recipient; never to the person who acted, never twice, never to a disabled account. */
export async function notify(tx: Tx, recipients: Iterable<string | null | undefined>, spec: NotificationSpec): Promise<string[]> {
  const wanted = [...new Set([...recipients].filter((id): id is string => !!id && id !== spec.actorId))];
  if (wanted.length === 0) return [];
  const active = await tx.user.findMany({ where: { id: { in: wanted }, disabled: false }, select: { id: true } });
  const rows = await tx.notification.createManyAndReturn({
    data: active.map(({ id }) => ({ userId: id, ...spec })),
    select: { id: true },
  });
  const { SMTP_URL, MAIL_FROM } = getEnv();
  if (SMTP_URL && MAIL_FROM)
    for (const { id } of rows) await enqueueJob('notification-email', { notificationId: id }, { tx, singletonKey: id });
  return rows.map((row) => row.id);
}

/** The people a claim belongs to: who set its verdict, who it is assigned to, who made it. */
export async function claimOwners(tx: Tx, claimId: string): Promise<string[]> {
  const claim = await tx.claim.findUniqueOrThrow({
    where: { id: claimId },
    select: { verdictById: true, assigneeId: true, createdById: true },
  });
  return [claim.verdictById, claim.assigneeId, claim.createdById].filter((id): id is string => !!id);
}

/**
 * Who hears that a claim waits for review: the editors and admins who worked on it (its audit log,
 * its assignee, its author) and may approve it (not the submitter, not the verdict's author). When
 * nobody else has touched it, every editor and admin who may approve, so the two-editor rule never
 * stalls in silence.
 */
export async function reviewersFor(tx: Tx, claimId: string, submitterId: string): Promise<string[]> {
  const claim = await tx.claim.findUniqueOrThrow({
    where: { id: claimId },
    select: { verdictById: true, assigneeId: true, createdById: true },
  });
  const excluded = new Set([submitterId, claim.verdictById].filter(Boolean));
  const actors = await tx.claimEvent.findMany({ where: { claimId }, distinct: ['actorId'], select: { actorId: true } });
  const candidates = [...actors.map((a) => a.actorId), claim.assigneeId, claim.createdById].filter(
    (id): id is string => !!id && !excluded.has(id),
  );
  const mayReview = { disabled: false, role: { in: ['EDITOR', 'ADMIN'] satisfies Role[] } };
  const workedOn = await tx.user.findMany({ where: { id: { in: candidates }, ...mayReview }, select: { id: true } });
  if (workedOn.length > 0) return workedOn.map((u) => u.id);
  const everyone = await tx.user.findMany({ where: { id: { notIn: [...excluded] as string[] }, ...mayReview }, select: { id: true } });
  return everyone.map((u) => u.id);
}

/**
 * For issue 15 (reader reports), to call in the transaction that links a report to a claim: the
 * claim's owners hear about it. `reportId` is kept in the entry's data for the link.
 */
export async function notifyReportLinked(tx: Tx, { claimId, actorId, reportId }: { claimId: string; actorId: string; reportId: string }) {
  return notify(tx, await claimOwners(tx, claimId), { kind: 'REPORT_LINKED', claimId, actorId, data: { reportId } });
}
