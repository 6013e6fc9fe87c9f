'use server';
// "Suggest claims": runs the extractor over the article body, and saves the suggestions an editor
// accepts. Nothing becomes a claim without that click.
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { suggestClaims, type Suggestion } from '@/lib/claims/suggestions';
import { db } from '@/lib/db';
import { claimFieldsShape, type ClaimFields } from '@/lib/schemas/claim';
import { refuseNul } from '@/lib/schemas/nul';
import { anchorInBody, insertClaim, type ClaimAnchor } from './claim-insert';
import { recordAction } from './define-action';
import type { ActionResult } from './result';

const MAX_ACCEPTED_AT_ONCE = 500;

const NO_ARTICLE = 'That article does not exist.';

const suggestSelect = {
  body: true,
  language: true,
  claims: { where: { deletedAt: null, needsAttention: false }, select: { id: true, quoteStart: true, quoteEnd: true } },
} as const;

/** Called with the article id alone: there is no other input. */
export const suggestClaimsAction = recordAction(
  {
    permission: 'claim:write',
    schema: z.undefined(),
    missing: NO_ARTICLE,
    load: (id) => db.article.findUnique({ where: { id }, select: suggestSelect }),
  },
  ({ row: article }): ActionResult<{ suggestions: Suggestion[] }> => {
    const suggestions = suggestClaims(article.body, article.language, article.claims);
    return {
      ok: true,
      message: suggestions.length ? `${suggestions.length} suggested claims.` : 'No attributed claims were found in this article.',
      data: { suggestions },
    };
  },
);

const acceptedSchema = refuseNul(
  z
    .array(claimFieldsShape.omit({ summary: true, status: true }))
    .min(1, 'Choose at least one suggestion.')
    .max(MAX_ACCEPTED_AT_ONCE, `Accept at most ${MAX_ACCEPTED_AT_ONCE} suggestions at once.`),
);

export const acceptSuggestionsAction = recordAction(
  {
    permission: 'claim:write',
    schema: acceptedSchema,
    nameSingleProblem: true,
    missing: NO_ARTICLE,
    load: (id) => db.article.findUnique({ where: { id }, select: { id: true, body: true } }),
  },
  async ({ user, input, row: article }): Promise<ActionResult<{ claimIds: string[] }>> => {
    const prepared: { anchor: ClaimAnchor; fields: ClaimFields }[] = [];
    for (const item of input) {
      const anchored = anchorInBody(article.body, item);
      if (!anchored.ok) return { ok: false, message: `${anchored.message} Run "Suggest claims" again.` };
      // The quote is the editor's starting point for the checkable statement.
      prepared.push({
        anchor: anchored.anchor,
        fields: { ...item, summary: anchored.anchor.quoteText.slice(0, 2000), status: 'UNSTARTED' as const },
      });
    }
    const created = await db.$transaction(async (tx) => {
      const ids: string[] = [];
      for (const { anchor, fields } of prepared)
        ids.push((await insertClaim(tx, { articleId: article.id, fields, anchor, userId: user.id, origin: 'suggestion' })).id);
      return ids;
    });
    revalidatePath(`/desk/articles/${article.id}`);
    return { ok: true, message: `${created.length} claim${created.length === 1 ? '' : 's'} saved.`, data: { claimIds: created } };
  },
);
