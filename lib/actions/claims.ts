'use server';
// Claims from the workspace: a selection becomes a new claim (statement + first attribution) or
// another attribution of an existing claim. Each starts through the action wrapper (session,
// permission, input, the row); each write and its audit event share one transaction.
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { findClaimMatches, type DeskClaimMatch } from '@/lib/data/claim-matches';
import { db } from '@/lib/db';
import { isRecordId } from '@/lib/record-id';
import { claimFieldsSchema, linkAttributionSchema } from '@/lib/schemas/claim';
import { anchorInBody, insertAttribution, insertClaim, type SavedPlace } from './claim-insert';
import { recordAction, recordFormAction } from './define-action';
import { flagOutOfDatePublicClaims } from './public-out-of-date';
import type { ActionResult } from './result';

const NO_ARTICLE = 'That article does not exist.';
const NO_TARGET = 'That claim does not exist or was deleted: choose another claim or make a new one.';

const loadArticle = (id: string) => db.article.findUnique({ where: { id }, select: { id: true, body: true, language: true } });

export const createClaimAction = recordFormAction(
  { permission: 'claim:write', schema: claimFieldsSchema, missing: NO_ARTICLE, load: loadArticle },
  async ({ user, input, row: article, values }): Promise<ActionResult<SavedPlace>> => {
    const anchored = anchorInBody(article.body, input);
    if (!anchored.ok) return { ok: false, message: anchored.message, errors: { quoteText: [anchored.message] }, values };
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
    return { ok: true, message: 'Claim saved.', data: { claimId: claim.id, attributionId: claim.attributionId } };
  },
);

/**
 * The selection is another place an existing claim was said. A claim readers see gets the new
 * appearance only through review: it is flagged "public page out of date" like any desk change.
 */
export const linkAttributionAction = recordFormAction(
  { permission: 'claim:write', schema: linkAttributionSchema, missing: NO_ARTICLE, load: loadArticle },
  async ({ user, input: { claimId, ...fields }, row: article, values }): Promise<ActionResult<SavedPlace>> => {
    const refused = (message: string) => ({ ok: false as const, message, errors: { claimId: [message] }, values });
    if (!isRecordId(claimId)) return refused(NO_TARGET);
    const anchored = anchorInBody(article.body, fields);
    if (!anchored.ok) return { ok: false, message: anchored.message, errors: { quoteText: [anchored.message] }, values };
    const outcome = await db.$transaction(async (tx) => {
      // Lock the claim: a merge or delete running now must not leave the attribution on a dead claim.
      const [target] = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM "Claim" WHERE id = ${claimId} AND "deletedAt" IS NULL FOR UPDATE`;
      if (!target) return null;
      const input = { articleId: article.id, fields, anchor: anchored.anchor, userId: user.id, origin: 'manual' as const };
      const { attributionId } = await insertAttribution(tx, claimId, input);
      await tx.claim.update({ where: { id: claimId }, data: { version: { increment: 1 } } });
      const flagged = await flagOutOfDatePublicClaims(tx, { claimIds: [claimId] }, user.id, {
        what: 'another place where the claim was said was linked to it',
        why: 'The desk found the claim repeated in another article.',
      });
      return { flagged: flagged.length, attributionId };
    });
    if (!outcome) return refused(NO_TARGET);
    revalidatePath(`/desk/articles/${article.id}`);
    revalidatePath(`/desk/claims/${claimId}`);
    const note = outcome.flagged ? ' The claim is published: the new appearance reaches readers once a second editor approves it.' : '';
    return { ok: true, message: `Linked to the existing claim.${note}`, data: { claimId, attributionId: outcome.attributionId } };
  },
);

const matchQuerySchema = z.object({
  // The matcher reads at most the first 4,000 characters and says so; more than this is refused.
  text: z.string().max(200_000, 'That text is too long to match: use the statement or the quote.'),
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
  async ({ input, row: article }): Promise<ActionResult<{ matches: DeskClaimMatch[]; notice: string | null }>> => {
    const found = await findClaimMatches(input.text, { language: article.language, stance: input.stance, sourceName: input.sourceName });
    return { ok: true, data: found };
  },
);
