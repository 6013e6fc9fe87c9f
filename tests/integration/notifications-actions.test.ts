// The inbox: notifications are written in the transaction of assign, submit, approve, send back,
// correction (and mention: comments-actions.test.ts), never to the actor; the inbox actions touch
// only the caller's rows and refuse everyone else.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { withRecordId } from '@/lib/actions/record-field';
import { approveClaimAction, sendBackAction, submitForReviewAction } from '@/lib/actions/review';
import { assignClaimAction, saveVerificationAction } from '@/lib/actions/verification';
import { markAllNotificationsReadAction, openNotificationAction, saveEmailPreferencesAction } from '@/lib/actions/notifications';
import { createTeam, createTestClaim, formData, testDb, unique } from '../support/factories';
import { actAs, actAsNobody } from '../support/session-double';

const redirect = vi.hoisted(() =>
  vi.fn((url: string) => {
    throw new Error(`NEXT_REDIRECT ${url}`);
  }),
);
vi.mock('next/navigation', () => ({ redirect, notFound: vi.fn(), forbidden: vi.fn() }));

let team: Awaited<ReturnType<typeof createTeam>>;
let articleId: string;
beforeAll(async () => {
  team = await createTeam();
  articleId = (
    await testDb.article.create({
      data: {
        title: unique('Inbox article'),
        body: 'Bupati said the dam was inspected every year.',
        rawInput: 'raw',
        createdById: team.editor.id,
      },
    })
  ).id;
});

const EXPLANATION = 'Inspection records show no check since 2019. See https://example.org/report for the files.';

async function readyClaim() {
  const claim = await createTestClaim(
    {
      summary: unique('The dam was inspected every year'),
      createdById: team.editor.id,
      status: 'FALSE',
      explanation: EXPLANATION,
      verdictById: team.editor.id,
    },
    { articleId, quoteStart: 0, quoteEnd: 6, quoteText: 'Bupati' },
  );
  await testDb.evidence.create({
    data: { url: 'https://example.org/r', title: 'Report', relation: 'REFUTES', claimId: claim.id, addedById: team.editor.id },
  });
  return claim;
}

const inbox = (claimId: string) =>
  testDb.notification.findMany({
    where: { claimId },
    orderBy: { createdAt: 'asc' },
    select: { userId: true, kind: true, actorId: true, data: true },
  });
const v = (version: number, fields: Record<string, string> = {}) => formData({ version: String(version), ...fields });

describe('notifications of the claim workflow', () => {
  it('assigning tells the assignee, not the one who assigned themselves', async () => {
    const claim = await readyClaim();
    actAs(team.admin);
    expect(await assignClaimAction(null, withRecordId(claim.id, v(1, { assigneeId: team.editor2.id })))).toMatchObject({ ok: true });
    actAs(team.editor);
    expect(await assignClaimAction(null, withRecordId(claim.id, v(2, { assigneeId: team.editor.id })))).toMatchObject({ ok: true });
    expect(await inbox(claim.id)).toEqual([{ userId: team.editor2.id, kind: 'ASSIGNED', actorId: team.admin.id, data: null }]);
  });

  it('submitting tells who worked on it and may review; approving and sending back tell its owners', async () => {
    const claim = await readyClaim();
    await testDb.claimEvent.create({ data: { claimId: claim.id, actorId: team.editor2.id, kind: 'EVIDENCE_ADDED' } });
    actAs(team.editor);
    expect(await submitForReviewAction(null, withRecordId(claim.id, v(1)))).toMatchObject({ ok: true });
    expect(await inbox(claim.id)).toEqual([{ userId: team.editor2.id, kind: 'REVIEW_REQUESTED', actorId: team.editor.id, data: null }]);
    actAs(team.editor2);
    expect(await sendBackAction(null, withRecordId(claim.id, v(2, { comment: 'Call the ministry.' })))).toMatchObject({ ok: true });
    actAs(team.editor);
    expect(await submitForReviewAction(null, withRecordId(claim.id, v(3)))).toMatchObject({ ok: true });
    actAs(team.editor2);
    expect(await approveClaimAction(null, withRecordId(claim.id, v(4)))).toMatchObject({ ok: true });
    const outcomes = (await inbox(claim.id)).filter((n) => n.kind === 'VERDICT_OUTCOME');
    expect(outcomes).toEqual([
      { userId: team.editor.id, kind: 'VERDICT_OUTCOME', actorId: team.editor2.id, data: { outcome: 'sentBack' } },
      { userId: team.editor.id, kind: 'VERDICT_OUTCOME', actorId: team.editor2.id, data: { outcome: 'approved' } },
    ]);
    // A correction by someone else tells the verdict's author.
    actAs(team.admin);
    const corrected = await saveVerificationAction(
      null,
      withRecordId(claim.id, v(5, { status: 'MISLEADING', explanation: EXPLANATION, correction: 'A newer record.' })),
    );
    expect(corrected).toMatchObject({ ok: true });
    expect((await inbox(claim.id)).at(-1)).toEqual({
      userId: team.editor.id,
      kind: 'VERDICT_OUTCOME',
      actorId: team.admin.id,
      data: { outcome: 'corrected' },
    });
  });

  it('a submission nobody else worked on reaches every editor and admin who may approve it', async () => {
    const claim = await readyClaim();
    actAs(team.editor);
    expect(await submitForReviewAction(null, withRecordId(claim.id, v(1)))).toMatchObject({ ok: true });
    const told = (await inbox(claim.id)).map((n) => n.userId);
    expect(told).toEqual(expect.arrayContaining([team.editor2.id, team.admin.id]));
    expect(told).not.toContain(team.editor.id);
    expect(told).not.toContain(team.viewer.id);
  });
});

describe('inbox actions', () => {
  it('open marks the caller’s notification read and leads to the comment; anyone else’s is refused', async () => {
    const claim = await readyClaim();
    const comment = await testDb.comment.create({ data: { claimId: claim.id, authorId: team.editor.id, body: 'hi' } });
    const n = await testDb.notification.create({
      data: { userId: team.editor2.id, kind: 'MENTIONED', claimId: claim.id, actorId: team.editor.id, commentId: comment.id },
    });
    for (const other of [team.viewer, team.editor, team.admin]) {
      actAs(other);
      expect(await openNotificationAction(null, withRecordId(n.id, formData({})))).toMatchObject({
        ok: false,
        message: 'That notification is not in your inbox.',
      });
    }
    actAsNobody();
    expect(await openNotificationAction(null, withRecordId(n.id, formData({})))).toMatchObject({ ok: false });
    expect((await testDb.notification.findUniqueOrThrow({ where: { id: n.id } })).readAt).toBeNull();
    actAs(team.editor2);
    await expect(openNotificationAction(null, withRecordId(n.id, formData({})))).rejects.toThrow(
      `NEXT_REDIRECT /desk/claims/${claim.id}#comment-${comment.id}`,
    );
    expect((await testDb.notification.findUniqueOrThrow({ where: { id: n.id } })).readAt).toBeInstanceOf(Date);
  });

  it('mark all read and the e-mail choices act on the caller only, for every role; nobody is refused', async () => {
    const claim = await readyClaim();
    const choices = {
      ASSIGNED: 'NEVER',
      REVIEW_REQUESTED: 'DAILY',
      VERDICT_OUTCOME: 'IMMEDIATELY',
      MENTIONED: 'DAILY',
      REPORT_LINKED: 'NEVER',
    };
    actAsNobody();
    expect(await markAllNotificationsReadAction(null, formData({}))).toMatchObject({ ok: false });
    expect(await saveEmailPreferencesAction(null, formData(choices))).toMatchObject({ ok: false });
    for (const user of [team.viewer, team.editor, team.admin]) {
      const others = await testDb.notification.create({
        data: { userId: team.editor2.id, kind: 'ASSIGNED', claimId: claim.id, actorId: user.id },
      });
      await testDb.notification.create({ data: { userId: user.id, kind: 'ASSIGNED', claimId: claim.id, actorId: team.editor2.id } });
      actAs(user);
      expect(await markAllNotificationsReadAction(null, formData({}))).toMatchObject({ ok: true });
      expect(await testDb.notification.count({ where: { userId: user.id, readAt: null } })).toBe(0);
      expect((await testDb.notification.findUniqueOrThrow({ where: { id: others.id } })).readAt).toBeNull();
      expect(await saveEmailPreferencesAction(null, formData(choices))).toMatchObject({ ok: true, message: 'E-mail choices saved.' });
      const saved = await testDb.notificationPreference.findMany({ where: { userId: user.id }, select: { kind: true, email: true } });
      expect(Object.fromEntries(saved.map((p) => [p.kind, p.email]))).toEqual(choices);
    }
    expect(await testDb.notificationPreference.count({ where: { userId: team.editor2.id } })).toBe(0);
  });

  it('refuse an unknown e-mail choice, changing nothing', async () => {
    actAs(team.viewer);
    const before = await testDb.notificationPreference.findMany({ where: { userId: team.viewer.id }, orderBy: { kind: 'asc' } });
    const result = await saveEmailPreferencesAction(
      null,
      formData({ ASSIGNED: 'HOURLY', REVIEW_REQUESTED: 'DAILY', VERDICT_OUTCOME: 'NEVER', MENTIONED: 'NEVER' }),
    );
    expect(result).toMatchObject({ ok: false, errors: { ASSIGNED: ['Choose immediately, daily digest or never.'] } });
    expect(await testDb.notificationPreference.findMany({ where: { userId: team.viewer.id }, orderBy: { kind: 'asc' } })).toEqual(before);
  });
});
