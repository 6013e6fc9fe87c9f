'use server';
// Rearranging claims on the claim page: move one attribution to another claim (the words were a
// different statement), or merge a claim into another (two records of one statement). One claim
// survives a merge with both histories (its own and, read through mergedIntoId, the other's); the other is closed, and its public URL redirects to the
// survivor. Claims readers see change for them only through review ("public page out of date").
import { revalidatePath, revalidateTag } from 'next/cache';
import { redirect } from 'next/navigation';
import { publicTags } from '@/lib/public-tags';
import { z } from 'zod';
import { beginClaimPurge } from '@/lib/cache-purge/claim-purge';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { isRecordId } from '@/lib/record-id';
import { refuseNul } from '@/lib/schemas/nul';
import { describeAttribution } from './claim-insert';
import { recordAction, recordFormAction } from './define-action';
import { findClaimMatches, OFFERED_MATCHES, type DeskClaimMatch } from '@/lib/data/claim-matches';
import { flagOutOfDatePublicClaims } from './public-out-of-date';
import type { ActionResult } from './result';
import { bumpVersion, conflictResult, type Tx } from './verification-core';

const targetSchema = refuseNul(
  z.object({
    targetId: z.string().trim().min(1, 'ClaimActions.chooseClaim').max(40, 'ClaimActions.noTarget'),
    version: z.coerce.number().int().min(1),
  }),
);
const BUTTON = { offerOverwrite: false } as const;

interface Target {
  id: string;
  summary: string;
  public: boolean;
}

/** The target claim, locked, or null when it is unknown, deleted or merged away. */
async function lockTarget(tx: Tx, id: string): Promise<Target | null> {
  if (!isRecordId(id)) return null;
  const [row] = await tx.$queryRaw<{ id: string; summary: string; public: boolean }[]>`
    SELECT id, summary, "publicSnapshot" IS NOT NULL AS public FROM "Claim" WHERE id = ${id} AND "deletedAt" IS NULL FOR UPDATE`;
  return row ?? null;
}

const moveLoad = (id: string) =>
  db.attribution.findFirst({
    where: { id, claim: { deletedAt: null } },
    select: {
      id: true,
      articleId: true,
      quoteText: true,
      cue: true,
      stance: true,
      source: { select: { name: true } },
      claim: { select: { id: true, version: true, summary: true, publication: true, _count: { select: { attributions: true } } } },
    },
  });

export const moveAttributionAction = recordFormAction(
  {
    permission: 'claim:write',
    schema: targetSchema,
    missing: 'ClaimActions.noAttribution',
    load: moveLoad,
  },
  async ({ user, input, row: attribution, values, t, locale }): Promise<ActionResult> => {
    const { claim } = attribution;
    const refused = (message: string) => ({ ok: false as const, message, errors: { targetId: [message] }, values });
    if (input.targetId === claim.id) return refused(t('ClaimActions.alreadyHere'));
    const last = claim._count.attributions === 1;
    if (last && claim.publication !== 'DRAFT') return refused(t('ClaimActions.lastPlace'));
    const record = describeAttribution(attribution, attribution.source?.name ?? null);
    const outcome = await db.$transaction(async (tx) => {
      const target = await lockTarget(tx, input.targetId);
      if (!target) return 'noTarget' as const;
      const emptied = last ? { deletedAt: new Date() } : {};
      if (!(await bumpVersion(tx, claim.id, input.version, emptied))) return 'conflict' as const;
      await tx.attribution.update({ where: { id: attribution.id }, data: { claimId: target.id } });
      await tx.claim.update({ where: { id: target.id }, data: { version: { increment: 1 } } });
      const moved = { attributionId: attribution.id, ...record };
      await tx.claimEvent.createMany({
        data: [
          {
            claimId: claim.id,
            actorId: user.id,
            kind: 'ATTRIBUTION_MOVED',
            before: moved,
            after: { claimId: target.id, summary: target.summary },
          },
          {
            claimId: target.id,
            actorId: user.id,
            kind: 'ATTRIBUTION_MOVED',
            before: { claimId: claim.id, summary: claim.summary },
            after: moved,
          },
          ...(last ? [{ claimId: claim.id, actorId: user.id, kind: 'DELETED' as const, before: { summary: claim.summary } }] : []),
        ],
      });
      await flagOutOfDatePublicClaims(tx, { claimIds: [claim.id, target.id] }, user.id, {
        what: [{ key: 'placeMoved' }],
        why: 'placeMovedWhy',
      });
      return 'moved' as const;
    });
    if (outcome === 'noTarget') return refused(t('ClaimActions.noTarget'));
    if (outcome === 'conflict') return conflictResult(claim.id, input.version, values, BUTTON, locale);
    revalidatePath(`/desk/claims/${claim.id}`);
    revalidatePath(`/desk/claims/${input.targetId}`);
    revalidatePath(`/desk/articles/${attribution.articleId}`);
    return { ok: true, message: t('ClaimActions.moved') };
  },
);

const mergeLoad = (id: string) =>
  db.claim.findFirst({
    where: { id, deletedAt: null },
    select: { id: true, version: true, summary: true, publication: true, publicSnapshot: true },
  });

/** Merges this claim INTO the chosen one: its attributions, evidence and corrections move there. */
export const mergeClaimAction = recordFormAction(
  { permission: 'claim:write', schema: targetSchema, missing: 'ClaimActions.noClaim', load: mergeLoad },
  async ({ user, input, row: claim, values, t, locale }): Promise<ActionResult> => {
    const refused = (message: string) => ({ ok: false as const, message, errors: { targetId: [message] }, values });
    if (input.targetId === claim.id) return refused(t('ClaimActions.mergeIntoItself'));
    const wasPublic = claim.publicSnapshot !== null;
    const outcome = await db.$transaction(async (tx) => {
      const target = await lockTarget(tx, input.targetId);
      if (!target) return 'noTarget' as const;
      // Readers of the closed claim are sent to the survivor: it must be public too.
      if (wasPublic && !target.public) return 'targetNotPublic' as const;
      const purge = wasPublic ? await beginClaimPurge(tx, claim.id) : null;
      const closed = { deletedAt: new Date(), mergedIntoId: target.id, publicSnapshot: Prisma.DbNull, publicOutOfDate: null };
      if (!(await bumpVersion(tx, claim.id, input.version, closed))) return 'conflict' as const;
      const moves = { where: { claimId: claim.id }, data: { claimId: target.id } };
      await tx.attribution.updateMany(moves);
      await tx.evidence.updateMany(moves);
      await tx.correction.updateMany(moves);
      // The audit log is append-only: the closed claim's events stay its own, and the survivor's
      // history shows them (lib/data/claim-page.ts reads the events of claims merged into it).
      // Claims merged into this one earlier now redirect to the survivor directly.
      await tx.claim.updateMany({ where: { mergedIntoId: claim.id }, data: { mergedIntoId: target.id } });
      await tx.claim.update({ where: { id: target.id }, data: { version: { increment: 1 } } });
      const merge = { mergedId: claim.id, survivorId: target.id };
      await tx.claimEvent.createMany({
        data: [
          {
            claimId: target.id,
            actorId: user.id,
            kind: 'MERGED',
            before: { summary: claim.summary, ...merge },
            after: { summary: target.summary, ...merge },
          },
          {
            claimId: claim.id,
            actorId: user.id,
            kind: 'MERGED',
            before: { summary: claim.summary, ...merge },
            after: { summary: target.summary, ...merge },
          },
        ],
      });
      await flagOutOfDatePublicClaims(tx, { claimIds: [target.id] }, user.id, {
        what: [{ key: 'claimMerged', values: { summary: claim.summary } }],
        why: 'claimMergedWhy',
      });
      await purge?.enqueue();
      return 'merged' as const;
    });
    if (outcome === 'noTarget') return refused(t('ClaimActions.noTarget'));
    if (outcome === 'targetNotPublic') return refused(t('ClaimActions.mergeTargetNotPublic'));
    if (outcome === 'conflict') return conflictResult(claim.id, input.version, values, BUTTON, locale);
    revalidatePath(`/desk/claims/${input.targetId}`);
    revalidatePath('/desk', 'layout');
    // The closed claim's public page now redirects to the survivor: expire it and the index at once.
    if (wasPublic) for (const tag of [publicTags.claim(claim.id), publicTags.list]) revalidateTag(tag, { expire: 0 });
    // The merged claim's page is gone: open the survivor (redirect() throws, so it stays after the commit).
    redirect(`/desk/claims/${input.targetId}?merged=1`);
  },
);

const findSchema = z.object({ text: z.string().max(200_000, 'ClaimActions.textTooLong') });

/** The claim picker of "move" and "merge": other claims in the desk closest to the words typed. */
export const findOtherClaimsAction = recordAction(
  { permission: 'claim:write', schema: findSchema, missing: 'ClaimActions.noClaim', load: mergeLoad },
  async ({ input, row: claim }): Promise<ActionResult<{ matches: DeskClaimMatch[] }>> => {
    const { matches } = await findClaimMatches(input.text, {}, OFFERED_MATCHES + 1);
    return { ok: true, data: { matches: matches.filter((m) => m.id !== claim.id).slice(0, OFFERED_MATCHES) } };
  },
);
