'use server';
// One place a claim was said, from the workspace: edit it (with the claim's statement and status
// while the claim is a draft) or remove it. The claim's version guards both, as on the claim page.
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { isVerdict } from '@/lib/claims/status';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { localise } from '@/lib/i18n/localise';
import { updateClaimSchema } from '@/lib/schemas/claim';
import { anchorInBody, describeAttribution } from './claim-insert';
import { findOrCreateSource } from './claim-source';
import { recordFormAction } from './define-action';
import type { ActionResult } from './result';
import type { SavedPlace } from './claim-insert';
import { bumpVersion, conflictResult, recordFieldChange } from './verification-core';

const NO_ATTRIBUTION = 'ClaimActions.noAttribution';
/** The workspace form holds the version it was drawn with, so a refused save is reloaded, not overwritten. */
const RELOAD = { offerOverwrite: false } as const;

const ATTRIBUTION_FIELDS = ['quoteStart', 'quoteEnd', 'quoteText', 'sourceId', 'cue', 'stance'] as const;
const LOAD_SELECT = {
  id: true,
  articleId: true,
  sourceId: true,
  quoteStart: true,
  quoteEnd: true,
  quoteText: true,
  cue: true,
  stance: true,
  source: { select: { name: true } },
  article: { select: { body: true } },
  claim: {
    select: { id: true, version: true, publication: true, status: true, summary: true, _count: { select: { attributions: true } } },
  },
} satisfies Prisma.AttributionSelect;

const loadAttribution = (id: string) => db.attribution.findFirst({ where: { id, claim: { deletedAt: null } }, select: LOAD_SELECT });

export const updateAttributionAction = recordFormAction(
  { permission: 'claim:write', schema: updateClaimSchema, missing: NO_ATTRIBUTION, load: loadAttribution },
  async ({ user, input, row: attribution, values, t, locale }): Promise<ActionResult<SavedPlace>> => {
    const { claim } = attribution;
    if (claim.publication !== 'DRAFT') return { ok: false, message: t('ClaimActions.notADraft'), values };
    if (claim.version !== input.version) return conflictResult(claim.id, input.version, values, RELOAD, locale);
    const anchored = anchorInBody(attribution.article.body, input);
    if (!anchored.ok) {
      const message = localise(locale, anchored.message);
      return { ok: false, message, errors: { quoteText: [message] }, values };
    }
    const { sourceName, sourceKind, version, status, cue, stance, summary } = input;
    const nextVersion = version + 1;

    const outcome = await db.$transaction(async (tx) => {
      const sourceId = await findOrCreateSource(tx, sourceName, sourceKind);
      const next = { ...anchored.anchor, sourceId, cue, stance };
      const moved = ATTRIBUTION_FIELDS.some((key) => attribution[key] !== next[key]);
      const summaryChanged = claim.summary !== summary;
      const statusChanged = claim.status !== status;
      if (!moved && !summaryChanged && !statusChanged) return 'unchanged' as const;
      const data = { summary, status, ...(statusChanged && isVerdict(status) ? { verdictById: user.id } : {}) };
      if (!(await bumpVersion(tx, claim.id, version, data))) return 'conflict' as const;
      if (moved) {
        await tx.attribution.update({ where: { id: attribution.id }, data: { ...next, needsAttention: false } });
        await tx.claimEvent.create({
          data: {
            claimId: claim.id,
            actorId: user.id,
            kind: 'ATTRIBUTION_EDITED',
            before: { attributionId: attribution.id, ...describeAttribution(attribution, attribution.source?.name ?? null) },
            after: { ...describeAttribution({ ...next, articleId: attribution.articleId }, sourceName || null), version: nextVersion },
          },
        });
      }
      if (summaryChanged)
        await tx.claimEvent.create({
          data: {
            claimId: claim.id,
            actorId: user.id,
            kind: 'EDITED',
            before: { summary: claim.summary },
            after: { summary, version: nextVersion },
          },
        });
      if (statusChanged)
        await recordFieldChange(tx, {
          claimId: claim.id,
          actorId: user.id,
          kind: 'STATUS_CHANGED',
          field: 'status',
          from: claim.status,
          to: status,
          version: nextVersion,
        });
      return 'saved' as const;
    });
    if (outcome === 'conflict') return conflictResult(claim.id, version, values, RELOAD, locale);
    revalidatePath(`/desk/articles/${attribution.articleId}`);
    return {
      ok: true,
      message: t(outcome === 'unchanged' ? 'ClaimActions.nothingChanged' : 'ClaimActions.claimSaved'),
      data: { claimId: claim.id, attributionId: attribution.id },
    };
  },
);

/**
 * Removes where the claim was said. The claim's last attribution takes the claim with it (soft
 * delete, as before), which a published claim refuses: unpublish it first.
 */
export const removeAttributionAction = recordFormAction(
  { permission: 'claim:write', schema: z.object({}), missing: NO_ATTRIBUTION, load: loadAttribution },
  async ({ user, row: attribution, t }) => {
    const { claim } = attribution;
    const last = claim._count.attributions === 1;
    if (last && claim.publication === 'PUBLISHED') return { ok: false, message: t('ClaimActions.publishedCannotBeDeleted') };
    if (!last && claim.publication !== 'DRAFT') return { ok: false, message: t('ClaimActions.placeInReview') };
    const record = { attributionId: attribution.id, ...describeAttribution(attribution, attribution.source?.name ?? null) };
    await db.$transaction(async (tx) => {
      if (last) {
        await tx.claim.update({ where: { id: claim.id }, data: { deletedAt: new Date(), version: { increment: 1 } } });
        await tx.claimEvent.create({
          data: { claimId: claim.id, actorId: user.id, kind: 'DELETED', before: { summary: claim.summary, ...record } },
        });
        return;
      }
      await tx.attribution.delete({ where: { id: attribution.id } });
      await tx.claim.update({ where: { id: claim.id }, data: { version: { increment: 1 } } });
      await tx.claimEvent.create({ data: { claimId: claim.id, actorId: user.id, kind: 'ATTRIBUTION_REMOVED', before: record } });
    });
    revalidatePath(`/desk/articles/${attribution.articleId}`);
    return { ok: true, message: t(last ? 'ClaimActions.claimDeleted' : 'ClaimActions.placeRemoved') };
  },
);
