'use server';
// "Suggest claims": runs the extractor over the article body, and saves the suggestions an editor
// accepts. Nothing becomes a claim without that click.
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { suggestClaims, type Suggestion } from '@/lib/claims/suggestions';
import { db } from '@/lib/db';
import { claimFieldsShape, type ClaimFields } from '@/lib/schemas/claim';
import { refuseNul } from '@/lib/schemas/nul';
import type { Prisma } from '@/lib/generated/prisma/client';
import { anchorInBody, insertAttribution, insertClaim, type ClaimAnchor } from './claim-insert';
import { recordAction } from './define-action';
import type { ActionResult } from './result';

const MAX_ACCEPTED_AT_ONCE = 500;

const NO_ARTICLE = 'That article does not exist.';

const suggestSelect = {
  body: true,
  language: true,
  attributions: {
    where: { claim: { deletedAt: null }, needsAttention: false },
    select: { claimId: true, quoteStart: true, quoteEnd: true },
  },
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
    const saved = article.attributions.map(({ claimId, ...span }) => ({ id: claimId, ...span }));
    const suggestions = suggestClaims(article.body, article.language, saved);
    return {
      ok: true,
      message: suggestions.length ? `${suggestions.length} suggested claims.` : 'No attributed claims were found in this article.',
      data: { suggestions },
    };
  },
);

const acceptedSchema = refuseNul(
  z
    .array(
      claimFieldsShape.omit({ summary: true, status: true }).extend({
        /** The suggestion this one denies or confirms (its key, "start-end"): both become one claim. */
        answersKey: z.string().max(40).optional(),
      }),
    )
    .min(1, 'Choose at least one suggestion.')
    .max(MAX_ACCEPTED_AT_ONCE, `Accept at most ${MAX_ACCEPTED_AT_ONCE} suggestions at once.`),
);

export const acceptSuggestionsAction = recordAction(
  {
    permission: 'claim:write',
    schema: acceptedSchema,
    nameSingleProblem: true,
    missing: NO_ARTICLE,
    load: (id) => db.article.findUnique({ where: { id }, select: { id: true, body: true, language: true } }),
  },
  async ({ user, input, row: article }): Promise<ActionResult<{ claimIds: string[] }>> => {
    const prepared: { key: string; answersKey?: string; anchor: ClaimAnchor; fields: ClaimFields }[] = [];
    for (const { answersKey, ...item } of input) {
      const anchored = anchorInBody(article.body, item);
      if (!anchored.ok) return { ok: false, message: `${anchored.message} Run "Suggest claims" again.` };
      // The quote is the editor's starting point for the checkable statement.
      prepared.push({
        key: `${anchored.anchor.quoteStart}-${anchored.anchor.quoteEnd}`,
        answersKey,
        anchor: anchored.anchor,
        fields: { ...item, summary: anchored.anchor.quoteText.slice(0, 2000), status: 'UNSTARTED' as const },
      });
    }
    // A statement comes before the answers to it, so an answer always finds its claim made.
    prepared.sort((a, b) => Number(Boolean(a.answersKey)) - Number(Boolean(b.answersKey)));
    const created = await db.$transaction(async (tx) => {
      const claimOfKey = new Map<string, string>();
      const ids: string[] = [];
      for (const { key, answersKey, anchor, fields } of prepared) {
        const input = { articleId: article.id, fields, anchor, userId: user.id, origin: 'suggestion' as const };
        const answered = answersKey ? (claimOfKey.get(answersKey) ?? (await savedClaimAt(tx, article.id, answersKey))) : null;
        const made = answered
          ? await insertAttribution(tx, answered, input)
          : await insertClaim(tx, { ...input, language: article.language });
        claimOfKey.set(key, made.id);
        if (!ids.includes(made.id)) ids.push(made.id);
      }
      return ids;
    });
    revalidatePath(`/desk/articles/${article.id}`);
    return { ok: true, message: `${created.length} claim${created.length === 1 ? '' : 's'} saved.`, data: { claimIds: created } };
  },
);

/** The live claim already attributed at exactly these offsets of the article ("start-end"), if any. */
async function savedClaimAt(tx: Prisma.TransactionClient, articleId: string, key: string): Promise<string | null> {
  const [start, end] = key.split('-').map(Number);
  if (!Number.isInteger(start) || !Number.isInteger(end)) return null;
  const found = await tx.attribution.findFirst({
    where: { articleId, quoteStart: start, quoteEnd: end, needsAttention: false, claim: { deletedAt: null } },
    select: { claimId: true },
  });
  return found?.claimId ?? null;
}
