'use server';
// The claim's discussion: write a comment (or a reply), edit or delete one's own. Editors and admins
// write; viewers only read. Each change keeps what was there before (CommentRevision), and a
// mention notifies the person named in the same transaction as the comment.
import { revalidatePath } from 'next/cache';
import { resolveMentions } from '@/lib/comments/resolve-mentions';
import { mentionedHandles } from '@/lib/comments/mentions';
import { db } from '@/lib/db';
import type { Translator } from '@/lib/i18n/localise';
import { notify } from '@/lib/notifications/notify';
import { addCommentSchema, deleteCommentSchema, editCommentSchema } from '@/lib/schemas/comments';
import { recordFormAction } from './define-action';
import type { ActionResult } from './result';

/** Thrown inside a transaction to roll it back when a mention names nobody on the desk. */
class UnknownMention extends Error {
  constructor(readonly handle: string) {
    super(handle);
  }
}

function refuseMention(handle: string, t: Translator, values: Record<string, string>): ActionResult<never> {
  const message = t('Comments.unknownMention', { handle });
  return { ok: false, message, errors: { body: [message] }, values };
}

const loadClaim = (id: string) => db.claim.findFirst({ where: { id, deletedAt: null }, select: { id: true } });

export const addCommentAction = recordFormAction(
  {
    permission: 'claim:comment',
    schema: addCommentSchema,
    nameSingleProblem: true,
    missing: 'VerificationActions.noSuchClaim',
    load: loadClaim,
  },
  async ({ user, row: claim, input, values, t }) => {
    const parentId = input.parentId || null;
    if (parentId && !(await db.comment.findFirst({ where: { id: parentId, claimId: claim.id }, select: { id: true } })))
      return { ok: false, message: t('Comments.noSuchParent'), values };
    const outcome = await db
      .$transaction(async (tx) => {
        const mentions = await resolveMentions(tx, input.body);
        if (!mentions.ok) throw new UnknownMention(mentions.handle);
        const comment = await tx.comment.create({
          data: { claimId: claim.id, authorId: user.id, parentId, body: input.body },
          select: { id: true },
        });
        await notify(tx, mentions.userIds, { kind: 'MENTIONED', claimId: claim.id, actorId: user.id, commentId: comment.id });
        return comment;
      })
      .catch((error: unknown) => {
        if (error instanceof UnknownMention) return error;
        throw error;
      });
    if (outcome instanceof UnknownMention) return refuseMention(outcome.handle, t, values);
    revalidatePath(`/desk/claims/${claim.id}`);
    return { ok: true, message: t('Comments.added') };
  },
);

/** Only the author's own, undeleted comment on an undeleted claim: anyone else's reads as missing. */
const loadOwnComment = (id: string, { user }: { user: { id: string } }) =>
  db.comment.findFirst({
    where: { id, authorId: user.id, deletedAt: null, claim: { deletedAt: null } },
    select: { id: true, claimId: true, body: true },
  });

export const editCommentAction = recordFormAction(
  { permission: 'claim:comment', schema: editCommentSchema, nameSingleProblem: true, missing: 'Comments.notYours', load: loadOwnComment },
  async ({ user, row: comment, input, values, t }) => {
    if (input.body === comment.body) return { ok: true, message: t('Actions.nothingChanged') };
    const before = new Set(mentionedHandles(comment.body));
    const outcome = await db
      .$transaction(async (tx) => {
        const mentions = await resolveMentions(tx, input.body);
        if (!mentions.ok) throw new UnknownMention(mentions.handle);
        const earlier = await resolveMentions(tx, [...before].map((h) => `@${h}`).join(' '));
        const alreadyTold = new Set(earlier.ok ? earlier.userIds : []);
        // Only someone newly named hears about the edit; the others were told when it was written.
        const changed = await tx.comment.updateMany({
          where: { id: comment.id, body: comment.body, deletedAt: null },
          data: { body: input.body, editedAt: new Date() },
        });
        if (changed.count !== 1) return 'conflict';
        await tx.commentRevision.create({ data: { commentId: comment.id, kind: 'EDITED', body: comment.body } });
        const fresh = mentions.userIds.filter((id) => !alreadyTold.has(id));
        await notify(tx, fresh, { kind: 'MENTIONED', claimId: comment.claimId, actorId: user.id, commentId: comment.id });
        return 'saved';
      })
      .catch((error: unknown) => {
        if (error instanceof UnknownMention) return error;
        throw error;
      });
    if (outcome instanceof UnknownMention) return refuseMention(outcome.handle, t, values);
    if (outcome === 'conflict') return { ok: false, message: t('Comments.changedMeanwhile'), values };
    revalidatePath(`/desk/claims/${comment.claimId}`);
    return { ok: true, message: t('Comments.edited') };
  },
);

export const deleteCommentAction = recordFormAction(
  { permission: 'claim:comment', schema: deleteCommentSchema, missing: 'Comments.notYours', load: loadOwnComment },
  async ({ row: comment, t }) => {
    // The row stays (replies hang from it); its text moves to the history and the thread says "deleted".
    await db.$transaction(async (tx) => {
      const changed = await tx.comment.updateMany({
        where: { id: comment.id, deletedAt: null },
        data: { body: '', deletedAt: new Date() },
      });
      if (changed.count === 1) await tx.commentRevision.create({ data: { commentId: comment.id, kind: 'DELETED', body: comment.body } });
    });
    revalidatePath(`/desk/claims/${comment.claimId}`);
    return { ok: true, message: t('Comments.deleted') };
  },
);
