'use server';
// Readers' tips and error reports, and the desk's handling of them. Sending is the public form
// action (no account; the same-site check of the action wrapper, then submit.ts's checks and limits);
// linking and closing are desk actions for editors, each written with its audit event.
import { headers } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { db } from '@/lib/db';
import { clientAddress } from '@/lib/http/client-address';
import { localise } from '@/lib/i18n/localise';
import { submitReaderReport } from '@/lib/reader-reports/submit';
import { notifyReportLinked } from '@/lib/notifications/notify';
import { closeReportSchema, linkReportSchema } from '@/lib/schemas/reader-report';
import { fieldErrors } from './result';
import { publicFormAction, recordFormAction } from './define-action';

/** Everything is checked by submitReaderReport, shared with the API: here the form's fields pass as they are. */
const anyFields = z.record(z.string(), z.unknown());

export const sendReaderReportAction = publicFormAction({ schema: anyFields }, async ({ input, values, locale }) => {
  const outcome = await submitReaderReport(input, clientAddress(await headers()));
  if (outcome.ok) return { ok: true, message: localise(locale, 'ReaderReports.thanks') };
  const issues = (outcome.issues ?? []).map((issue) => ({ ...issue, message: localise(locale, issue.message) }));
  return { ok: false, message: localise(locale, outcome.message, outcome.values), errors: fieldErrors(issues), values };
});

const NO_SUCH_REPORT = 'ReaderReports.noSuchReport';
const loadReport = (id: string) =>
  db.readerReport.findUnique({ where: { id }, select: { id: true, kind: true, status: true, claimId: true, correctionId: true } });

export const linkReaderReportAction = recordFormAction(
  { permission: 'report:handle', schema: linkReportSchema, missing: NO_SUCH_REPORT, load: loadReport },
  async ({ user, input, row: report, values, t }) => {
    const claim = await db.claim.findFirst({ where: { id: input.claimId, deletedAt: null }, select: { id: true } });
    if (!claim)
      return { ok: false, message: t('ReaderReports.chooseClaim'), errors: { claimId: [t('ReaderReports.chooseClaim')] }, values };
    if (input.correctionId) {
      // Only a correction of that claim: a report cannot point at another claim's correction.
      const correction = await db.correction.findFirst({ where: { id: input.correctionId, claimId: claim.id }, select: { id: true } });
      if (!correction)
        return {
          ok: false,
          message: t('ReaderReports.chooseCorrection'),
          errors: { correctionId: [t('ReaderReports.chooseCorrection')] },
          values,
        };
    }
    const after = { status: 'LINKED' as const, claimId: claim.id, correctionId: input.correctionId || null };
    await db.$transaction(async (tx) => {
      await tx.readerReport.update({ where: { id: report.id }, data: { ...after, closeReason: null } });
      await tx.readerReportEvent.create({
        data: {
          reportId: report.id,
          actorId: user.id,
          kind: 'LINKED',
          before: { status: report.status, claimId: report.claimId, correctionId: report.correctionId },
          after,
        },
      });
      // The claim's owners hear that a reader wrote about it (issue 17), kept or lost with the link.
      await notifyReportLinked(tx, { claimId: claim.id, actorId: user.id, reportId: report.id });
    });
    revalidatePath('/desk/inbox');
    revalidatePath('/desk');
    return { ok: true, message: t('ReaderReports.linked') };
  },
);

export const closeReaderReportAction = recordFormAction(
  { permission: 'report:handle', schema: closeReportSchema, missing: NO_SUCH_REPORT, load: loadReport },
  async ({ user, input, row: report, t }) => {
    await db.$transaction([
      db.readerReport.update({ where: { id: report.id }, data: { status: 'CLOSED', closeReason: input.reason } }),
      db.readerReportEvent.create({
        data: {
          reportId: report.id,
          actorId: user.id,
          kind: 'CLOSED',
          before: { status: report.status },
          after: { status: 'CLOSED', reason: input.reason },
        },
      }),
    ]);
    revalidatePath('/desk/inbox');
    revalidatePath('/desk');
    return { ok: true, message: t('ReaderReports.closed') };
  },
);
