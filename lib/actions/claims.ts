'use server';
// Claims in the workspace: create from a selection, edit, delete. Each write and its audit event
// share one transaction; each action checks the session and permission itself.
import { revalidatePath } from 'next/cache';
import { authorize } from '@/lib/auth/current-user';
import { isVerdict } from '@/lib/claims/status';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { claimFieldsSchema, updateClaimSchema } from '@/lib/schemas/claim';
import { anchorInBody, insertClaim } from './claim-insert';
import { findOrCreateSource } from './claim-source';
import { invalid, submittedValues, type ActionResult } from './result';
import { isRecordId } from '@/lib/record-id';


export async function createClaimAction(articleId: string, _previous: ActionResult<{ claimId: string }> | null, formData: FormData): Promise<ActionResult<{ claimId: string }>> {
  const access = await authorize('claim:write');
  if (!access.ok) return { ok: false, message: access.message };
  const values = submittedValues(formData);
  const parsed = claimFieldsSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error.issues, values);
  if (!isRecordId(articleId)) return { ok: false, message: 'That article does not exist.', values };
  const article = await db.article.findUnique({ where: { id: articleId }, select: { id: true, body: true } });
  if (!article) return { ok: false, message: 'That article does not exist.', values };
  const anchored = anchorInBody(article.body, parsed.data);
  if (!anchored.ok) return { ok: false, message: anchored.message, errors: { quoteText: [anchored.message] }, values };
  const user = access.user;
  const claim = await db.$transaction((tx) => insertClaim(tx, { articleId, fields: parsed.data, anchor: anchored.anchor, userId: user.id, origin: 'manual' }));
  revalidatePath(`/desk/articles/${articleId}`);
  return { ok: true, message: 'Claim saved.', data: { claimId: claim.id } };
}

const EDITABLE = ['quoteStart', 'quoteEnd', 'quoteText', 'sourceId', 'cue', 'stance', 'summary'] as const;

export async function updateClaimAction(claimId: string, _previous: ActionResult<{ claimId: string }> | null, formData: FormData): Promise<ActionResult<{ claimId: string }>> {
  const access = await authorize('claim:write');
  if (!access.ok) return { ok: false, message: access.message };
  const values = submittedValues(formData);
  const parsed = updateClaimSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error.issues, values);
  if (!isRecordId(claimId)) return { ok: false, message: 'That claim does not exist.', values };
  const claim = await db.claim.findFirst({
    where: { id: claimId, deletedAt: null },
    select: { id: true, articleId: true, version: true, publication: true, status: true, sourceId: true, quoteStart: true, quoteEnd: true, quoteText: true, cue: true, stance: true, summary: true, article: { select: { body: true } } },
  });
  if (!claim) return { ok: false, message: 'That claim does not exist.', values };
  if (claim.publication !== 'DRAFT') return { ok: false, message: 'This claim is in review or published: change it from its claim page.', values };
  const anchored = anchorInBody(claim.article.body, parsed.data);
  if (!anchored.ok) return { ok: false, message: anchored.message, errors: { quoteText: [anchored.message] }, values };
  const { sourceName, sourceKind, version, status, cue, stance, summary } = parsed.data;
  const user = access.user;

  const outcome = await db.$transaction(async (tx) => {
    const sourceId = await findOrCreateSource(tx, sourceName, sourceKind);
    const next = { ...anchored.anchor, sourceId, cue, stance, summary };
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const key of EDITABLE) {
      if (claim[key] !== next[key]) {
        before[key] = claim[key];
        after[key] = next[key];
      }
    }
    const statusChanged = claim.status !== status;
    if (Object.keys(after).length === 0 && !statusChanged) return 'unchanged' as const;
    const data: Prisma.ClaimUncheckedUpdateManyInput = { ...next, needsAttention: false, status, version: { increment: 1 } };
    if (statusChanged && isVerdict(status)) data.verdictById = user.id;
    // Optimistic lock: the row changes only if nobody saved since this editor loaded it.
    const updated = await tx.claim.updateMany({ where: { id: claimId, version }, data });
    if (updated.count === 0) return 'conflict' as const;
    if (Object.keys(after).length > 0) await tx.claimEvent.create({ data: { claimId, actorId: user.id, kind: 'EDITED', before: before as Prisma.InputJsonObject, after: after as Prisma.InputJsonObject } });
    if (statusChanged) await tx.claimEvent.create({ data: { claimId, actorId: user.id, kind: 'STATUS_CHANGED', before: { status: claim.status }, after: { status } } });
    return 'saved' as const;
  });
  if (outcome === 'conflict') {
    return { ok: false, message: 'Someone else saved this claim after you opened it. Your changes are kept below: reload to see theirs, then save again.', values };
  }
  revalidatePath(`/desk/articles/${claim.articleId}`);
  return { ok: true, message: outcome === 'unchanged' ? 'Nothing to save: no changes.' : 'Claim saved.', data: { claimId } };
}

export async function deleteClaimAction(claimId: string, _previous: ActionResult | null, _formData: FormData): Promise<ActionResult> {
  const access = await authorize('claim:write');
  if (!access.ok) return { ok: false, message: access.message };
  if (!isRecordId(claimId)) return { ok: false, message: 'That claim does not exist.' };
  const claim = await db.claim.findFirst({ where: { id: claimId, deletedAt: null }, select: { articleId: true, publication: true, summary: true, quoteText: true } });
  if (!claim) return { ok: false, message: 'That claim does not exist or was already deleted.' };
  if (claim.publication === 'PUBLISHED') return { ok: false, message: 'A published claim cannot be deleted: unpublish it first.' };
  const user = access.user;
  await db.$transaction([
    db.claim.update({ where: { id: claimId }, data: { deletedAt: new Date(), version: { increment: 1 } } }),
    db.claimEvent.create({ data: { claimId, actorId: user.id, kind: 'DELETED', before: { summary: claim.summary, quote: claim.quoteText } } }),
  ]);
  revalidatePath(`/desk/articles/${claim.articleId}`);
  return { ok: true, message: 'Claim deleted.' };
}
