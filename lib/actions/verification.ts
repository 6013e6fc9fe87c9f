'use server';
// The claim page's verification form (status + explanation) and its assignment. Each action checks
// session and permission itself, refuses a stale version, and writes its audit events in the same
// transaction as the change.
import { isVerdict } from '@/lib/claims/status';
import { checkContentChange, editMode, checkCorrectionKeepsVerdict } from '@/lib/claims/workflow';
import { correctionParts } from '@/lib/claims/correction-parts';
import { encodeNote } from '@/lib/i18n/correction-note';
import { db } from '@/lib/db';
import { notify } from '@/lib/notifications/notify';
import { assignSchema, verificationSchema } from '@/lib/schemas/verification';
import {
  bumpVersion,
  conflictResult,
  correctionData,
  claimAction,
  readinessOf,
  recordCorrection,
  recordFieldChange,
  refuse,
  revalidateClaim,
} from './verification-core';

const TYPED = { offerOverwrite: true } as const;

export const saveVerificationAction = claimAction(
  'claim:write',
  verificationSchema,
  TYPED,
  async ({ user, row: claim, input, values, locale, t }) => {
    const statusChanged = claim.status !== input.status;
    const explanationChanged = claim.explanation !== input.explanation;
    if (!statusChanged && !explanationChanged) return { ok: true, message: t('Actions.nothingChanged') };
    const allowed = checkContentChange(claim.publication, input.correction);
    if (!allowed.ok) return refuse(allowed, locale, values);
    const correcting = editMode(claim.publication) === 'correction';
    if (correcting) {
      const keeps = checkCorrectionKeepsVerdict(readinessOf(claim, { status: input.status, explanation: input.explanation }));
      if (!keeps.ok) return refuse(keeps, locale, values);
    }
    const version = claim.version + 1;

    const applied = await db.$transaction(async (tx) => {
      const data = {
        status: input.status,
        explanation: input.explanation,
        ...(statusChanged && isVerdict(input.status) ? { verdictById: user.id } : {}),
        ...correctionData(claim.publication),
      };
      if (!(await bumpVersion(tx, claim.id, input.version, data))) return false;
      const who = { claimId: claim.id, actorId: user.id, version };
      if (statusChanged)
        await recordFieldChange(tx, { ...who, kind: 'STATUS_CHANGED', field: 'status', from: claim.status, to: input.status });
      if (explanationChanged)
        await recordFieldChange(tx, {
          ...who,
          kind: 'EXPLANATION_CHANGED',
          field: 'explanation',
          from: claim.explanation,
          to: input.explanation,
        });
      if (correcting) {
        const what = correctionParts(
          { status: claim.status, explanation: claim.explanation },
          { status: input.status, explanation: input.explanation },
        );
        await recordCorrection(tx, claim.id, user.id, [encodeNote(what)], input.correction, version);
      }
      return true;
    });
    if (!applied) return conflictResult(claim.id, input.version, values, TYPED, locale);
    revalidateClaim(claim, correcting);
    return { ok: true, message: correcting ? t('VerificationActions.correctionSaved') : t('Actions.saved') };
  },
);

export const assignClaimAction = claimAction(
  'claim:write',
  assignSchema,
  { offerOverwrite: false },
  async ({ user, row: claim, input, values, locale, t }) => {
    const assigneeId = input.assigneeId || null;
    if (assigneeId === claim.assigneeId) return { ok: true, message: t('Actions.nothingChanged') };
    const assignee = assigneeId
      ? await db.user.findFirst({
          where: { id: assigneeId, disabled: false, role: { in: ['EDITOR', 'ADMIN'] } },
          select: { id: true, name: true },
        })
      : null;
    if (assigneeId && !assignee)
      return {
        ok: false,
        message: t('VerificationActions.noSuchEditor'),
        errors: { assigneeId: [t('Validation.chooseEditor')] },
        values,
      };
    const version = claim.version + 1;

    // Assignment is desk housekeeping, not content: it is allowed in review and after publication.
    const applied = await db.$transaction(async (tx) => {
      if (!(await bumpVersion(tx, claim.id, input.version, { assigneeId }))) return false;
      await tx.claimEvent.create({
        data: {
          claimId: claim.id,
          actorId: user.id,
          kind: 'ASSIGNED',
          before: { assigneeId: claim.assigneeId, assigneeName: claim.assignee?.name ?? null },
          after: { assigneeId, assigneeName: assignee?.name ?? null, version },
        },
      });
      await notify(tx, [assigneeId], { kind: 'ASSIGNED', claimId: claim.id, actorId: user.id });
      return true;
    });
    if (!applied) return conflictResult(claim.id, input.version, values, { offerOverwrite: false }, locale);
    revalidateClaim(claim, false);
    return {
      ok: true,
      message: assignee ? t('VerificationActions.assignedTo', { name: assignee.name }) : t('VerificationActions.unassigned'),
    };
  },
);
