'use server';
// Claims from the workspace: a selection becomes a new claim (statement + first attribution) or
// another attribution of an existing claim. Each starts through the action wrapper (session,
// permission, input, the row); each write and its audit event share one transaction.
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { findClaimMatches, type DeskClaimMatch } from '@/lib/data/claim-matches';
import type { MatchNotice } from '@/lib/matching/match-claims';
import { db } from '@/lib/db';
import { localise } from '@/lib/i18n/localise';
import { isRecordId } from '@/lib/record-id';
import { claimFieldsSchema, linkAttributionSchema } from '@/lib/schemas/claim';
import { anchorInBody, insertAttribution, insertClaim, type SavedPlace } from './claim-insert';
import { recordAction, recordFormAction } from './define-action';
import { flagOutOfDatePublicClaims } from './public-out-of-date';
import type { ActionResult } from './result';

const NO_ARTICLE = 'ClaimActions.noArticle';

const loadArticle = (id: string) => db.article.findUnique({ where: { id }, select: { id: true, body: true, language: true } });

export const createClaimAction = recordFormAction(
  { permission: 'claim:write', schema: claimFieldsSchema, missing: NO_ARTICLE, load: loadArticle },
  async ({ user, input, row: article, values, locale }): Promise<ActionResult<SavedPlace>> => {
    const anchored = anchorInBody(article.body, input);
    if (!anchored.ok) {
      const message = localise(locale, anchored.message);
      return { ok: false, message, errors: { quoteText: [message] }, values };
    }
    const claim = await db.$transaction((tx) =>
      insertClaim(tx, {
        articleId: article.id,
        fields: input,
        anchor: anchored.anchor,
        userId: user.id,
        origin: 'manual',
        language: article.language,
      }),
    );
    revalidatePath(`/desk/articles/${article.id}`);
    return {
      ok: true,
      message: localise(locale, 'ClaimActions.claimSaved'),
      data: { claimId: claim.id, attributionId: claim.attributionId },
    };
  },
);

/**
 * The selection is another place an existing claim was said. A claim readers see gets the new
 * appearance only through review: it is flagged "public page out of date" like any desk change.
 */
export const linkAttributionAction = recordFormAction(
  { permission: 'claim:write', schema: linkAttributionSchema, missing: NO_ARTICLE, load: loadArticle },
  async ({ user, input: { claimId, ...fields }, row: article, values, t, locale }): Promise<ActionResult<SavedPlace>> => {
    const noTarget = t('ClaimActions.noTarget');
    const refused = { ok: false as const, message: noTarget, errors: { claimId: [noTarget] }, values };
    if (!isRecordId(claimId)) return refused;
    const anchored = anchorInBody(article.body, fields);
    if (!anchored.ok) {
      const message = localise(locale, anchored.message);
      return { ok: false, message, errors: { quoteText: [message] }, values };
    }
    const outcome = await db.$transaction(async (tx) => {
      // Lock the claim: a merge or delete running now must not leave the attribution on a dead claim.
      const [target] = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM "Claim" WHERE id = ${claimId} AND "deletedAt" IS NULL FOR UPDATE`;
      if (!target) return null;
      const input = { articleId: article.id, fields, anchor: anchored.anchor, userId: user.id, origin: 'manual' as const };
      const { attributionId } = await insertAttribution(tx, claimId, input);
      await tx.claim.update({ where: { id: claimId }, data: { version: { increment: 1 } } });
      const flagged = await flagOutOfDatePublicClaims(tx, { claimIds: [claimId] }, user.id, {
        what: [{ key: 'placeLinked' }],
        why: 'placeLinkedWhy',
      });
      return { flagged: flagged.length, attributionId };
    });
    if (!outcome) return refused;
    revalidatePath(`/desk/articles/${article.id}`);
    revalidatePath(`/desk/claims/${claimId}`);
    const message = t(outcome.flagged ? 'ClaimActions.linkedPublished' : 'ClaimActions.linked');
    return { ok: true, message, data: { claimId, attributionId: outcome.attributionId } };
  },
);

const matchQuerySchema = z.object({
  // The matcher reads at most the first 4,000 characters and says so; more than this is refused.
  text: z.string().max(200_000, 'ClaimActions.textTooLong'),
  sourceName: z.string().max(200).optional(),
  stance: z.enum(['ASSERTS', 'DENIES']).optional(),
});

/** The claim form's ranked list: existing claims the selection (or the statement typed) may belong to. */
export const matchClaimsForArticleAction = recordAction(
  {
    permission: 'claim:write',
    schema: matchQuerySchema,
    missing: NO_ARTICLE,
    load: (id) => db.article.findUnique({ where: { id }, select: { id: true, language: true } }),
  },
  async ({ input, row: article }): Promise<ActionResult<{ matches: DeskClaimMatch[]; notice: MatchNotice | null }>> => {
    const found = await findClaimMatches(input.text, { language: article.language, stance: input.stance, sourceName: input.sourceName });
    return { ok: true, data: found };
  },
);
