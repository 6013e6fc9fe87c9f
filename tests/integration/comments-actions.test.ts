// The claim's discussion: who may write, edit and delete; mentions notify in the same transaction;
// every refusal (empty, too long, unknown or disabled mention, someone else's comment) changes nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import { withRecordId } from '@/lib/actions/record-field';
import { addCommentAction, deleteCommentAction, editCommentAction } from '@/lib/actions/comments';
import { handleOf } from '@/lib/comments/mentions';
import { createTeam, createTestClaim, createUser, formData, testDb, unique } from '../support/factories';
import { actAs, actAsNobody } from '../support/session-double';

let team: Awaited<ReturnType<typeof createTeam>>;
let claimId: string;
beforeAll(async () => {
  team = await createTeam();
  const article = await testDb.article.create({
    data: {
      title: unique('Discussion article'),
      body: 'Menteri said the bridge was finished.',
      rawInput: 'raw',
      createdById: team.editor.id,
    },
  });
  const claim = await createTestClaim(
    { summary: unique('claim'), createdById: team.editor.id },
    { articleId: article.id, quoteStart: 0, quoteEnd: 6, quoteText: 'Menteri' },
  );
  claimId = claim.id;
});

const state = async () => ({
  comments: await testDb.comment.findMany({ where: { claimId }, orderBy: { id: 'asc' } }),
  revisions: await testDb.commentRevision.count({ where: { comment: { claimId } } }),
  notifications: await testDb.notification.count({ where: { claimId } }),
});

async function commentBy(author: { id: string }, body = unique('remark')) {
  return testDb.comment.create({ data: { claimId, authorId: author.id, body } });
}

describe('comment permissions', () => {
  it('refuse nobody and viewers for every comment action, changing nothing', async () => {
    const mine = await commentBy(team.viewer);
    const before = await state();
    for (const caller of [null, team.viewer]) {
      if (caller) actAs(caller);
      else actAsNobody();
      const message = caller ? 'Your role does not allow this.' : 'You are not signed in. Sign in and try again.';
      expect(await addCommentAction(null, withRecordId(claimId, formData({ body: 'Hello' })))).toMatchObject({ ok: false, message });
      expect(await editCommentAction(null, withRecordId(mine.id, formData({ body: 'Changed' })))).toMatchObject({ ok: false, message });
      expect(await deleteCommentAction(null, withRecordId(mine.id, formData({})))).toMatchObject({ ok: false, message });
    }
    expect(await state()).toEqual(before);
  });

  it('let editors and admins write, and only authors edit or delete their own', async () => {
    for (const author of [team.editor, team.admin]) {
      actAs(author);
      expect(await addCommentAction(null, withRecordId(claimId, formData({ body: `From ${author.role}` })))).toMatchObject({ ok: true });
    }
    const editorsComment = await commentBy(team.editor);
    const before = await state();
    for (const other of [team.editor2, team.admin]) {
      actAs(other);
      const refusal = { ok: false, message: 'You can edit or delete only your own comments, and only while they exist.' };
      expect(await editCommentAction(null, withRecordId(editorsComment.id, formData({ body: 'Not mine' })))).toMatchObject(refusal);
      expect(await deleteCommentAction(null, withRecordId(editorsComment.id, formData({})))).toMatchObject(refusal);
    }
    expect(await state()).toEqual(before);
  });
});

describe('comments', () => {
  it('refuse an empty comment and one over 10,000 characters, changing nothing', async () => {
    actAs(team.editor);
    const before = await state();
    expect(await addCommentAction(null, withRecordId(claimId, formData({ body: '   ' })))).toMatchObject({
      ok: false,
      message: 'Write something first.',
    });
    expect(await addCommentAction(null, withRecordId(claimId, formData({ body: 'x'.repeat(10_001) })))).toMatchObject({
      ok: false,
      message: 'A comment may have at most 10,000 characters.',
    });
    expect(await state()).toEqual(before);
  });

  it('refuse a mention of an unknown, disabled or viewer account, changing nothing', async () => {
    actAs(team.editor);
    const disabled = await createUser('EDITOR', { disabled: true });
    const before = await state();
    for (const handle of ['nobody-here-at-all', handleOf(disabled.email), handleOf(team.viewer.email)]) {
      const result = await addCommentAction(null, withRecordId(claimId, formData({ body: `Ask @${handle} about it` })));
      expect(result).toMatchObject({
        ok: false,
        message: `@${handle} is not an active editor on this desk: check the name. Nothing was posted.`,
      });
    }
    expect(await state()).toEqual(before);
  });

  it('keep HTML as text, reply to a comment, and notify the mentioned editor once', async () => {
    actAs(team.editor);
    const parent = await commentBy(team.admin);
    const body = `<b>@${handleOf(team.editor2.email)}</b> the figure is from 2019, call them. cc @${handleOf(team.editor2.email)}`;
    expect(await addCommentAction(null, withRecordId(claimId, formData({ body, parentId: parent.id })))).toMatchObject({
      ok: true,
      message: 'Comment posted.',
    });
    const reply = await testDb.comment.findFirstOrThrow({ where: { claimId, parentId: parent.id } });
    expect(reply.body).toBe(body);
    const told = await testDb.notification.findMany({ where: { commentId: reply.id } });
    expect(told).toMatchObject([{ userId: team.editor2.id, kind: 'MENTIONED', actorId: team.editor.id, claimId }]);
  });

  it('refuse a reply to a comment of another claim', async () => {
    actAs(team.editor);
    const before = await state();
    const elsewhere = await testDb.comment.findFirst({ where: { claimId: { not: claimId } }, select: { id: true } });
    const parentId = elsewhere?.id ?? 'c0000000000000000000000000';
    expect(await addCommentAction(null, withRecordId(claimId, formData({ body: 'Hi', parentId })))).toMatchObject({ ok: false });
    expect(await state()).toEqual(before);
  });

  it('edit keeps the earlier text and tells only the newly mentioned; delete keeps it too', async () => {
    actAs(team.editor);
    const comment = await commentBy(team.editor, `Ask @${handleOf(team.editor2.email)}`);
    const edited = `Ask @${handleOf(team.editor2.email)} and @${handleOf(team.admin.email)}`;
    expect(await editCommentAction(null, withRecordId(comment.id, formData({ body: edited })))).toMatchObject({
      ok: true,
      message: 'Comment saved.',
    });
    const told = await testDb.notification.findMany({ where: { commentId: comment.id }, select: { userId: true } });
    expect(told).toEqual([{ userId: team.admin.id }]);
    expect(await deleteCommentAction(null, withRecordId(comment.id, formData({})))).toMatchObject({
      ok: true,
      message: 'Comment deleted.',
    });
    const after = await testDb.comment.findUniqueOrThrow({ where: { id: comment.id }, include: { revisions: { orderBy: { at: 'asc' } } } });
    expect(after.body).toBe('');
    expect(after.deletedAt).toBeInstanceOf(Date);
    expect(after.editedAt).toBeInstanceOf(Date);
    expect(after.revisions.map((r) => [r.kind, r.body])).toEqual([
      ['EDITED', comment.body],
      ['DELETED', edited],
    ]);
    // A deleted comment can no longer be edited, and its history cannot be rewritten.
    expect(await editCommentAction(null, withRecordId(comment.id, formData({ body: 'Back' })))).toMatchObject({ ok: false });
    await expect(testDb.commentRevision.deleteMany({ where: { commentId: comment.id } })).rejects.toThrow(/append-only/);
  });
});
