'use server';
// Claims in the workspace: create from a selection, edit, delete. Each starts through the action
// wrapper (session, permission, input, the row); each write and its audit event share one transaction.
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { isVerdict } from '@/lib/claims/status';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { claimFieldsSchema, updateClaimSchema } from '@/lib/schemas/claim';
import { anchorInBody, insertClaim } from './claim-insert';
import { findOrCreateSource } from './claim-source';
import { recordFormAction } from './define-action';
import type { ActionResult } from './result';
import { bumpVersion, conflictResult, recordFieldChange } from './verification-core';

const NO_ARTICLE = 'That article does not exist.';
const NO_CLAIM = 'That claim does not exist.';
/** The workspace form holds the version it was drawn with, so a refused save is reloaded, not overwritten. */
const RELOAD = { offerOverwrite: false } as const;

export const createClaimAction = recordFormAction(
  {
    permission: 'claim:write',
    schema: claimFieldsSchema,
    missing: NO_ARTICLE,
    load: (id) => db.article.findUnique({ where: { id }, select: { id: true, body: true } }),
  },
  async ({ user, input, row: article, values }): Promise<ActionResult<{ claimId: string }>> => {
    const anchored = anchorInBody(article.body, input);
    if (!anchored.ok) return { ok: false, message: anchored.message, errors: { quoteText: [anchored.message] }, values };
    const claim = await db.$transaction((tx) =>
      insertClaim(tx, { articleId: article.id, fields: input, anchor: anchored.anchor, userId: user.id, origin: 'manual' }),
    );
    revalidatePath(`/desk/articles/${article.id}`);
    return { ok: true, message: 'Claim saved.', data: { claimId: claim.id } };
  },
);

const EDITABLE = ['quoteStart', 'quoteEnd', 'quoteText', 'sourceId', 'cue', 'stance', 'summary'] as const;
const EDIT_SELECT = {
  id: true,
  articleId: true,
  version: true,
  publication: true,
  status: true,
  sourceId: true,
  quoteStart: true,
  quoteEnd: true,
  quoteText: true,
  cue: true,
  stance: true,
  summary: true,
  article: { select: { body: true } },
} satisfies Prisma.ClaimSelect;

export const updateClaimAction = recordFormAction(
  {
    permission: 'claim:write',
    schema: updateClaimSchema,
    missing: NO_CLAIM,
    load: (id) => db.claim.findFirst({ where: { id, deletedAt: null }, select: EDIT_SELECT }),
  },
  async ({ user, input, row: claim, values }): Promise<ActionResult<{ claimId: string }>> => {
    if (claim.publication !== 'DRAFT')
      return { ok: false, message: 'This claim is in review or published: change it from its claim page.', values };
    const anchored = anchorInBody(claim.article.body, input);
    if (!anchored.ok) return { ok: false, message: anchored.message, errors: { quoteText: [anchored.message] }, values };
    const { sourceName, sourceKind, version, status, cue, stance, summary } = input;
    const nextVersion = version + 1;

    const outcome = await db.$transaction(async (tx) => {
      const sourceId = await findOrCreateSource(tx, sourceName, sourceKind);
      const next = { ...anchored.anchor, sourceId, cue, stance, summary };
      const changed = EDITABLE.filter((key) => claim[key] !== next[key]);
      const statusChanged = claim.status !== status;
      if (changed.length === 0 && !statusChanged) return 'unchanged' as const;
      const data = { ...next, needsAttention: false, status, ...(statusChanged && isVerdict(status) ? { verdictById: user.id } : {}) };
      if (!(await bumpVersion(tx, claim.id, version, data))) return 'conflict' as const;
      if (changed.length > 0) {
        const before = Object.fromEntries(changed.map((key) => [key, claim[key]]));
        const after = Object.fromEntries(changed.map((key) => [key, next[key]]));
        await tx.claimEvent.create({
          data: { claimId: claim.id, actorId: user.id, kind: 'EDITED', before, after: { ...after, version: nextVersion } },
        });
      }
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
    if (outcome === 'conflict') return conflictResult(claim.id, version, values, RELOAD);
    revalidatePath(`/desk/articles/${claim.articleId}`);
    return { ok: true, message: outcome === 'unchanged' ? 'Nothing to save: no changes.' : 'Claim saved.', data: { claimId: claim.id } };
  },
);

const DELETE_SELECT = { id: true, articleId: true, publication: true, summary: true, quoteText: true } satisfies Prisma.ClaimSelect;

export const deleteClaimAction = recordFormAction(
  {
    permission: 'claim:write',
    schema: z.object({}),
    missing: 'That claim does not exist or was already deleted.',
    load: (id) => db.claim.findFirst({ where: { id, deletedAt: null }, select: DELETE_SELECT }),
  },
  async ({ user, row: claim }) => {
    if (claim.publication === 'PUBLISHED') return { ok: false, message: 'A published claim cannot be deleted: unpublish it first.' };
    await db.$transaction([
      db.claim.update({ where: { id: claim.id }, data: { deletedAt: new Date(), version: { increment: 1 } } }),
      db.claimEvent.create({
        data: { claimId: claim.id, actorId: user.id, kind: 'DELETED', before: { summary: claim.summary, quote: claim.quoteText } },
      }),
    ]);
    revalidatePath(`/desk/articles/${claim.articleId}`);
    return { ok: true, message: 'Claim deleted.' };
  },
);
