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
import { findClaimMatches, looksLikeSameClaim } from '@/lib/data/claim-matches';
import { localise } from '@/lib/i18n/localise';
import { isRecordId } from '@/lib/record-id';
import { anchorInBody, insertAttribution, insertClaim, type ClaimAnchor } from './claim-insert';
import { flagOutOfDatePublicClaims } from './public-out-of-date';
import { recordAction } from './define-action';
import type { ActionResult } from './result';

const MAX_ACCEPTED_AT_ONCE = 500;

const NO_ARTICLE = 'ClaimActions.noArticle';

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
  async ({ row: article, t }): Promise<ActionResult<{ suggestions: Suggestion[] }>> => {
    const saved = article.attributions.map(({ claimId, ...span }) => ({ id: claimId, ...span }));
    const suggestions = await withCheckedBefore(suggestClaims(article.body, article.language, saved), article.language, saved);
    return {
      ok: true,
      message: t('ClaimActions.suggested', { count: suggestions.length }),
      data: { suggestions },
    };
  },
);

/** Suggestions asked of the matcher at most (each is one bounded query). */
const MAX_MATCHED_SUGGESTIONS = 40;

/**
 * "Checked before": each new suggestion whose words the matcher finds, closely, in a claim already in
 * the desk (and not already said in this article) is offered as another place of that claim.
 */
async function withCheckedBefore(suggestions: Suggestion[], language: string, saved: readonly { id: string }[]): Promise<Suggestion[]> {
  const here = new Set(saved.map((s) => s.id));
  let asked = 0;
  const out: Suggestion[] = [];
  for (const suggestion of suggestions) {
    if (suggestion.overlapsClaimIds.length > 0 || asked >= MAX_MATCHED_SUGGESTIONS) {
      out.push(suggestion);
      continue;
    }
    asked++;
    const { matches } = await findClaimMatches(
      suggestion.quoteText,
      { language, stance: suggestion.stance, sourceName: suggestion.sourceName },
      1,
    );
    const best = matches[0];
    out.push(
      best && looksLikeSameClaim(best) && !here.has(best.id)
        ? {
            ...suggestion,
            checkedBefore: { claimId: best.id, summary: best.summary, status: best.status, publicStatus: best.publicStatus },
          }
        : suggestion,
    );
  }
  return out;
}

const acceptedSchema = refuseNul(
  z
    .array(
      claimFieldsShape.omit({ summary: true, status: true }).extend({
        /** The suggestion this one denies or confirms (its key, "start-end"): both become one claim. */
        answersKey: z.string().max(40).optional(),
        /** "Checked before": add these words to this existing claim instead of making a new one. */
        claimId: z.string().max(40).optional(),
      }),
    )
    .min(1, 'ClaimActions.chooseSuggestion')
    .max(MAX_ACCEPTED_AT_ONCE, 'ClaimActions.tooManySuggestions'),
);

export const acceptSuggestionsAction = recordAction(
  {
    permission: 'claim:write',
    schema: acceptedSchema,
    nameSingleProblem: true,
    missing: NO_ARTICLE,
    load: (id) => db.article.findUnique({ where: { id }, select: { id: true, body: true, language: true } }),
  },
  async ({ user, input, row: article, t, locale }): Promise<ActionResult<{ claimIds: string[] }>> => {
    const prepared: { key: string; answersKey?: string; claimId?: string; anchor: ClaimAnchor; fields: ClaimFields }[] = [];
    for (const { answersKey, claimId, ...item } of input) {
      if (claimId !== undefined && !isRecordId(claimId)) return { ok: false, message: t('ClaimActions.suggestionGone') };
      const anchored = anchorInBody(article.body, item);
      if (!anchored.ok) return { ok: false, message: t('ClaimActions.suggestAgain', { reason: localise(locale, anchored.message) }) };
      // The quote is the editor's starting point for the checkable statement.
      prepared.push({
        key: `${anchored.anchor.quoteStart}-${anchored.anchor.quoteEnd}`,
        answersKey,
        claimId,
        anchor: anchored.anchor,
        fields: { ...item, summary: anchored.anchor.quoteText.slice(0, 2000), status: 'UNSTARTED' as const },
      });
    }
    // A statement comes before the answers to it, so an answer always finds its claim made.
    prepared.sort((a, b) => Number(Boolean(a.answersKey)) - Number(Boolean(b.answersKey)));
    const created = await db
      .$transaction(async (tx) => {
        const claimOfKey = new Map<string, string>();
        const ids: string[] = [];
        const linked: string[] = [];
        for (const { key, answersKey, claimId, anchor, fields } of prepared) {
          const input = { articleId: article.id, fields, anchor, userId: user.id, origin: 'suggestion' as const };
          const existing = claimId ? await liveClaim(tx, claimId) : null;
          if (claimId && !existing) throw new UnknownClaim();
          const answered =
            existing ?? (answersKey ? (claimOfKey.get(answersKey) ?? (await savedClaimAt(tx, article.id, answersKey))) : null);
          const made = answered
            ? await insertAttribution(tx, answered, input)
            : await insertClaim(tx, { ...input, language: article.language });
          if (existing) linked.push(existing);
          claimOfKey.set(key, made.id);
          if (!ids.includes(made.id)) ids.push(made.id);
        }
        // A published claim gains the new appearance for readers only through review.
        await flagOutOfDatePublicClaims(tx, { claimIds: linked }, user.id, {
          what: [{ key: 'placeLinked' }],
          why: 'placeLinkedWhy',
        });
        return ids;
      })
      .catch((error: unknown) => {
        if (error instanceof UnknownClaim) return null;
        throw error;
      });
    if (!created) return { ok: false, message: t('ClaimActions.suggestionGone') };
    revalidatePath(`/desk/articles/${article.id}`);
    return { ok: true, message: t('ClaimActions.accepted', { count: created.length }), data: { claimIds: created } };
  },
);

class UnknownClaim extends Error {}

/** The claim, locked, if it exists and is not deleted. */
async function liveClaim(tx: Prisma.TransactionClient, id: string): Promise<string | null> {
  const [row] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Claim" WHERE id = ${id} AND "deletedAt" IS NULL FOR UPDATE`;
  return row?.id ?? null;
}

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
