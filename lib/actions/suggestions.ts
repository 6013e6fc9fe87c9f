'use server';
// "Suggest claims": runs the extractor over the article body, and saves the suggestions an editor
// accepts. Nothing becomes a claim without that click.
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { authorize } from '@/lib/auth/current-user';
import { suggestClaims, type Suggestion } from '@/lib/claims/suggestions';
import { db } from '@/lib/db';
import { claimFieldsShape, type ClaimFields } from '@/lib/schemas/claim';
import { refuseNul } from '@/lib/schemas/nul';
import { anchorInBody, insertClaim, type ClaimAnchor } from './claim-insert';
import type { ActionResult } from './result';
import { isRecordId } from '@/lib/record-id';

const MAX_ACCEPTED_AT_ONCE = 500;

export async function suggestClaimsAction(articleId: string): Promise<ActionResult<{ suggestions: Suggestion[] }>> {
  const access = await authorize('claim:write');
  if (!access.ok) return { ok: false, message: access.message };
  if (!isRecordId(articleId)) return { ok: false, message: 'That article does not exist.' };
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { body: true, language: true, claims: { where: { deletedAt: null, needsAttention: false }, select: { id: true, quoteStart: true, quoteEnd: true } } },
  });
  if (!article) return { ok: false, message: 'That article does not exist.' };
  const suggestions = suggestClaims(article.body, article.language, article.claims);
  return { ok: true, message: suggestions.length ? `${suggestions.length} suggested claims.` : 'No attributed claims were found in this article.', data: { suggestions } };
}

const acceptedSchema = refuseNul(
  z
    .array(claimFieldsShape.omit({ summary: true, status: true }))
    .min(1, 'Choose at least one suggestion.')
    .max(MAX_ACCEPTED_AT_ONCE, `Accept at most ${MAX_ACCEPTED_AT_ONCE} suggestions at once.`),
);

export async function acceptSuggestionsAction(articleId: string, items: unknown): Promise<ActionResult<{ claimIds: string[] }>> {
  const access = await authorize('claim:write');
  if (!access.ok) return { ok: false, message: access.message };
  const parsed = acceptedSchema.safeParse(items);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? 'Those suggestions are not valid.' };
  if (!isRecordId(articleId)) return { ok: false, message: 'That article does not exist.' };
  const article = await db.article.findUnique({ where: { id: articleId }, select: { body: true } });
  if (!article) return { ok: false, message: 'That article does not exist.' };
  const prepared: { anchor: ClaimAnchor; fields: ClaimFields }[] = [];
  for (const item of parsed.data) {
    const anchored = anchorInBody(article.body, item);
    if (!anchored.ok) return { ok: false, message: `${anchored.message} Run "Suggest claims" again.` };
    // The quote is the editor's starting point for the checkable statement.
    prepared.push({ anchor: anchored.anchor, fields: { ...item, summary: anchored.anchor.quoteText.slice(0, 2000), status: 'UNSTARTED' as const } });
  }
  const userId = access.user.id;
  const created = await db.$transaction(async (tx) => {
    const ids: string[] = [];
    for (const { anchor, fields } of prepared) ids.push((await insertClaim(tx, { articleId, fields, anchor, userId, origin: 'suggestion' })).id);
    return ids;
  });
  revalidatePath(`/desk/articles/${articleId}`);
  return { ok: true, message: `${created.length} claim${created.length === 1 ? '' : 's'} saved.`, data: { claimIds: created } };
}
