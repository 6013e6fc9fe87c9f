'use server';
// The review steps: submit for review, approve (a second editor), send back with a comment, an
// admin's publishing alone with a recorded reason, and unpublishing. Each checks session and
// permission itself, refuses a stale version, and writes its event in the change's transaction.
import {
  PUBLICATION_TRANSITIONS,
  canStep,
  checkApprove,
  checkPublishAlone,
  checkSubmit,
  checkUnpublish,
  type Check,
  type ReviewStep,
} from '@/lib/claims/workflow';
import { beginClaimPurge } from '@/lib/cache-purge/claim-purge';
import { getReviewAuthors } from '@/lib/data/claim-page';
import { db } from '@/lib/db';
import { claimOwners, notify, reviewersFor } from '@/lib/notifications/notify';
import { Prisma } from '@/lib/generated/prisma/client';
import { reasonSchema, sendBackSchema, versionOnlySchema } from '@/lib/schemas/verification';
import type { Locale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/localise';
import type { ActionResult } from './result';
import {
  bumpVersion,
  conflictResult,
  claimAction,
  readinessOf,
  refuse,
  refuseUnfitStatement,
  revalidateClaim,
  type LoadedClaim,
  type Tx,
} from './verification-core';

const BUTTON = { offerOverwrite: false } as const;

interface Step {
  claim: LoadedClaim;
  actorId: string;
  loadedVersion: number;
  values: Record<string, string>;
  /** The workflow table's step: it names the target state and the event. */
  step: ReviewStep;
  data?: Prisma.ClaimUncheckedUpdateManyInput;
  /** Extra facts for the event, e.g. the reviewer's comment or the admin's reason. */
  note?: Record<string, string>;
  /** What the step says when done, and the language to say it in. */
  message: 'submitted' | 'approved' | 'sentBack' | 'publishedAlone' | 'unpublished';
  locale: Locale;
}

/** Who hears of a step, in its transaction: the reviewers of a submission, the owners of an outcome. */
async function notifyStep(tx: Tx, step: ReviewStep, claimId: string, actorId: string) {
  if (step === 'submit') return notify(tx, await reviewersFor(tx, claimId, actorId), { kind: 'REVIEW_REQUESTED', claimId, actorId });
  const outcome = step === 'sendBack' ? 'sentBack' : step === 'approve' || step === 'publishAlone' ? 'approved' : null;
  if (!outcome) return [];
  return notify(tx, await claimOwners(tx, claimId), { kind: 'VERDICT_OUTCOME', claimId, actorId, data: { outcome } });
}

async function move({ claim, actorId, loadedVersion, values, step, data = {}, note = {}, message, locale }: Step): Promise<ActionResult> {
  const t = translatorFor(locale);
  const { to, event: kind } = PUBLICATION_TRANSITIONS[step];
  const version = claim.version + 1;
  // Readers see the snapshot while a correction is reviewed: leaving review towards a draft
  // (sent back) or unpublishing withdraws it.
  const clearsSnapshot = to === 'DRAFT';
  // What readers may see changes: Next's cache tags and the proxy in front are both refreshed.
  const publicChanged = claim.publication !== 'DRAFT' || to === 'PUBLISHED';
  const applied = await db
    .$transaction(async (tx) => {
      const purge = publicChanged ? await beginClaimPurge(tx, claim.id) : null;
      const update = clearsSnapshot
        ? { ...data, publication: to, publicSnapshot: Prisma.DbNull, publicOutOfDate: null }
        : { ...data, publication: to };
      if (!(await bumpVersion(tx, claim.id, loadedVersion, update))) return 'conflict';
      if (to === 'PUBLISHED') {
        // Approval freezes what readers see, built by the database from the approved row (see the
        // public_snapshot_v2 migration); a quote that cannot be found is never published.
        const frozen = await tx.$executeRaw`UPDATE "Claim" SET "publicSnapshot" = claimdesk_public_snapshot(id), "publicOutOfDate" = NULL
        WHERE id = ${claim.id} AND claimdesk_public_snapshot(id) IS NOT NULL`;
        if (frozen !== 1) throw new QuoteNotFound();
      }
      await tx.claimEvent.create({
        data: {
          claimId: claim.id,
          actorId,
          kind,
          before: { publication: claim.publication },
          after: { publication: to, status: claim.status, ...note, version },
        },
      });
      await notifyStep(tx, step, claim.id, actorId);
      await purge?.enqueue();
      return 'applied';
    })
    .catch((error: unknown) => {
      if (error instanceof QuoteNotFound) return 'quote';
      throw error;
    });
  if (applied === 'quote') return { ok: false, message: t('VerificationActions.quoteNotFound'), values };
  if (applied === 'conflict') return conflictResult(claim.id, loadedVersion, values, BUTTON, locale);
  revalidateClaim(claim, publicChanged);
  return { ok: true, message: t(`VerificationActions.${message}`) };
}

/** Thrown inside the approval's transaction to roll it back. */
class QuoteNotFound extends Error {}

const refused = (check: Check, locale: Locale, values: Record<string, string>) => (check.ok ? null : refuse(check, locale, values));

export const submitForReviewAction = claimAction(
  'claim:write',
  versionOnlySchema,
  BUTTON,
  async ({ user, row: claim, input, values, locale, t }) => {
    const no = refused(checkSubmit(claim.publication, readinessOf(claim)), locale, values) ?? refuseUnfitStatement(claim, t, values);
    if (no) return no;
    return move({
      claim,
      actorId: user.id,
      loadedVersion: input.version,
      values,
      step: 'submit',
      data: { reviewedById: null },
      message: 'submitted',
      locale,
    });
  },
);

export const approveClaimAction = claimAction(
  'claim:review',
  versionOnlySchema,
  BUTTON,
  async ({ user, row: claim, input, values, locale }) => {
    const context = {
      publication: claim.publication,
      readiness: readinessOf(claim),
      verdictById: claim.verdictById,
      ...(await getReviewAuthors(claim.id)),
    };
    const no = refused(checkApprove(context, user), locale, values);
    if (no) return no;
    const data = { reviewedById: user.id, publishedAt: claim.publishedAt ?? new Date() };
    return move({ claim, actorId: user.id, loadedVersion: input.version, values, step: 'approve', data, message: 'approved', locale });
  },
);

export const sendBackAction = claimAction('claim:review', sendBackSchema, BUTTON, async ({ user, row: claim, input, values, locale }) => {
  const no = refused(canStep('sendBack', claim.publication), locale, values);
  if (no) return no;
  return move({
    claim,
    actorId: user.id,
    loadedVersion: input.version,
    values,
    step: 'sendBack',
    note: { comment: input.comment },
    message: 'sentBack',
    locale,
  });
});

export const publishAloneAction = claimAction(
  'claim:publish-alone',
  reasonSchema,
  BUTTON,
  async ({ user, row: claim, input, values, locale, t }) => {
    const no =
      refused(checkPublishAlone(claim.publication, readinessOf(claim), input.reason), locale, values) ??
      refuseUnfitStatement(claim, t, values);
    if (no) return no;
    const data = { reviewedById: user.id, publishedAt: claim.publishedAt ?? new Date() };
    return move({
      claim,
      actorId: user.id,
      loadedVersion: input.version,
      values,
      step: 'publishAlone',
      data,
      note: { reason: input.reason },
      message: 'publishedAlone',
      locale,
    });
  },
);

export const unpublishAction = claimAction('claim:review', reasonSchema, BUTTON, async ({ user, row: claim, input, values, locale }) => {
  const no = refused(checkUnpublish(claim.publication, input.reason), locale, values);
  if (no) return no;
  return move({
    claim,
    actorId: user.id,
    loadedVersion: input.version,
    values,
    step: 'unpublish',
    data: { reviewedById: null },
    note: { reason: input.reason },
    message: 'unpublished',
    locale,
  });
});
