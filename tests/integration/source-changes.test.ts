// Resolving the desk home's "Sources changed" items: who may (editors and admins; viewers and
// nobody are refused and nothing changes), "no effect" needs a reason, a change resolved already
// is refused with who did it, and each resolution is audited in the same transaction. Also the
// queue's read and the admin-only jobs read.
import { beforeAll, describe, expect, it } from 'vitest';
import { withRecordId } from '@/lib/actions/record-field';
import { AccessDeniedError } from '@/lib/auth/guard';
import { openSourceChangeCorrectionAction, resolveSourceChangeNoEffectAction } from '@/lib/actions/source-changes';
import { getJobsOverview } from '@/lib/data/jobs';
import { listOpenSourceChanges } from '@/lib/data/source-changes';
import { createTeam, createTestClaim, formData, testDb, unique } from '../support/factories';
import { actAs, actAsNobody } from '../support/session-double';

let team: Awaited<ReturnType<typeof createTeam>>;
let articleId: string;

beforeAll(async () => {
  team = await createTeam();
  const article = await testDb.article.create({
    data: { title: unique('Watched article'), body: 'Bupati said the dam was inspected.', rawInput: 'raw', createdById: team.editor.id },
  });
  articleId = article.id;
});

const REASON = 'Only the page layout and a date line changed; the figures we cite are the same.';

/** A claim with one piece of evidence whose source the watch found changed (text before → after). */
async function openChange(before = 'The dam was inspected in March.', after = 'The dam was not inspected in March.') {
  const claim = await createTestClaim(
    { summary: unique('claim'), createdById: team.editor.id, publication: 'PUBLISHED', status: 'FALSE' },
    { articleId, quoteStart: 0, quoteEnd: 6, quoteText: 'Bupati' },
  );
  const evidence = await testDb.evidence.create({
    data: {
      url: `https://example.org/${unique('report')}`,
      title: unique('Report'),
      relation: 'REFUTES',
      claimId: claim.id,
      addedById: team.editor.id,
    },
  });
  const capture = (text: string, purpose: 'ARCHIVE' | 'WATCH') =>
    testDb.evidenceCapture.create({
      data: { evidenceId: evidence.id, purpose, url: evidence.url, httpStatus: 200, sha256: unique('sha'), text },
    });
  const [first, second] = [await capture(before, 'ARCHIVE'), await capture(after, 'WATCH')];
  await testDb.evidence.update({
    where: { id: evidence.id },
    data: { archiveCaptureId: first.id, watchBaselineId: first.id, archiveState: 'ARCHIVED' },
  });
  const change = await testDb.sourceChange.create({
    data: { evidenceId: evidence.id, kind: 'TEXT_CHANGED', beforeId: first.id, afterId: second.id, changedShare: 0.2 },
  });
  return { claim, evidence, change, after: second };
}

async function state(changeId: string) {
  const change = await testDb.sourceChange.findUniqueOrThrow({ where: { id: changeId }, include: { evidence: true } });
  const events = await testDb.claimEvent.findMany({ where: { claimId: change.evidence.claimId }, orderBy: { at: 'asc' } });
  return { change, events };
}

async function expectRedirect(promise: Promise<unknown>, path: string) {
  await expect(promise).rejects.toMatchObject({ digest: expect.stringContaining(`;${path}`) as unknown });
}

const noEffect = (id: string, reason = REASON) => resolveSourceChangeNoEffectAction(null, withRecordId(id, formData({ reason })));
const correction = (id: string) => openSourceChangeCorrectionAction(null, withRecordId(id, formData({})));

describe('who may resolve a source change', () => {
  it('refuses nobody and viewers for both resolutions, and changes nothing', async () => {
    const { change } = await openChange();
    const before = await state(change.id);
    for (const caller of [null, team.viewer]) {
      if (caller) actAs(caller);
      else actAsNobody();
      const message = caller ? 'Your role does not allow this.' : 'You are not signed in. Sign in and try again.';
      expect(await noEffect(change.id)).toEqual({ ok: false, message });
      expect(await correction(change.id)).toEqual({ ok: false, message });
    }
    expect(await state(change.id)).toEqual(before);
  });

  it.each(['editor', 'admin'] as const)('lets an %s mark "no effect"', async (role) => {
    const { change } = await openChange();
    actAs(team[role]);
    expect(await noEffect(change.id)).toEqual({ ok: true, message: 'Recorded: no effect on the verdict.' });
    expect((await state(change.id)).change).toMatchObject({ state: 'NO_EFFECT', reason: REASON, resolvedById: team[role].id });
  });

  it.each(['editor', 'admin'] as const)('lets an %s open a correction', async (role) => {
    const { change, claim } = await openChange();
    actAs(team[role]);
    await expectRedirect(correction(change.id), `/desk/claims/${claim.id}?correct=${change.id}`);
    expect((await state(change.id)).change).toMatchObject({ state: 'CORRECTION', resolvedById: team[role].id });
  });
});

describe('resolving a source change', () => {
  it('"no effect" records the reason, audits it and makes the new text the baseline', async () => {
    const { change, evidence, after } = await openChange();
    actAs(team.editor);
    expect(await noEffect(change.id, `  ${REASON}  `)).toMatchObject({ ok: true });
    const { change: resolved, events } = await state(change.id);
    expect(resolved).toMatchObject({ state: 'NO_EFFECT', reason: REASON, resolvedById: team.editor.id });
    expect(resolved.resolvedAt).toBeInstanceOf(Date);
    expect(resolved.evidence.watchBaselineId).toBe(after.id);
    expect(events.map((event) => [event.kind, event.actorId, event.after])).toEqual([
      [
        'SOURCE_CHANGE_NO_EFFECT',
        team.editor.id,
        { evidenceId: evidence.id, evidenceTitle: evidence.title, url: evidence.url, reason: REASON },
      ],
    ]);
  });

  it.each([
    ['no reason', '', 'Say why the change does not affect the verdict.'],
    ['only spaces', '     ', 'Say why the change does not affect the verdict.'],
    ['a reason too short', 'same', 'Use at least 10 characters.'],
  ])('refuses "no effect" with %s and changes nothing', async (_label, reason, message) => {
    const { change } = await openChange();
    actAs(team.editor);
    const before = await state(change.id);
    expect(await noEffect(change.id, reason)).toMatchObject({ ok: false, message, errors: { reason: [message] } });
    expect(await state(change.id)).toEqual(before);
  });

  it('refuses a change resolved already, saying by whom, and changes nothing', async () => {
    const { change } = await openChange();
    actAs(team.editor2);
    expect(await noEffect(change.id)).toMatchObject({ ok: true });
    const before = await state(change.id);
    actAs(team.editor);
    const refusal = `${(await testDb.user.findUniqueOrThrow({ where: { id: team.editor2.id } })).name} already resolved this change (no effect on the verdict). Nothing was changed.`;
    expect(await noEffect(change.id, 'Another reason, written a moment later.')).toEqual({ ok: false, message: refusal });
    expect(await correction(change.id)).toEqual({ ok: false, message: refusal });
    expect(await state(change.id)).toEqual(before);
  });

  it('resolves a change once when two editors resolve it at the same moment', async () => {
    const { change } = await openChange();
    actAs(team.editor);
    const results = await Promise.all([noEffect(change.id), noEffect(change.id, 'A second editor, the same instant, other words.')]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({
      message: expect.stringContaining('already resolved this change') as unknown,
    });
    expect((await state(change.id)).events).toHaveLength(1);
  });

  it('refuses an unknown change and one whose claim was deleted', async () => {
    actAs(team.editor);
    expect(await noEffect('clnosuchchange000000000000')).toEqual({
      ok: false,
      message: 'That source change does not exist (or its claim was deleted).',
      values: { reason: REASON },
    });
    const { change, claim } = await openChange();
    await testDb.claim.update({ where: { id: claim.id }, data: { deletedAt: new Date() } });
    expect(await correction(change.id)).toMatchObject({
      ok: false,
      message: 'That source change does not exist (or its claim was deleted).',
    });
    expect((await state(change.id)).change.state).toBe('OPEN');
  });
});

describe('reading the queue', () => {
  it('lists open changes with their claim, evidence, statuses and word diff, and leaves resolved ones out', async () => {
    const open = await openChange('The gates were working.', 'The gates were broken.');
    const resolved = await openChange();
    actAs(team.editor);
    await noEffect(resolved.change.id);
    actAs(team.viewer);
    const { changes } = await listOpenSourceChanges();
    const listed = changes.find((change) => change.id === open.change.id);
    expect(listed).toMatchObject({
      kind: 'TEXT_CHANGED',
      before: { httpStatus: 200 },
      after: { httpStatus: 200 },
      evidence: { id: open.evidence.id, claim: { id: open.claim.id } },
    });
    expect(listed?.diff).toMatchObject({
      cut: false,
      parts: expect.arrayContaining([
        { kind: 'removed', text: 'working' },
        { kind: 'added', text: 'broken' },
      ]) as unknown,
    });
    expect(changes.some((change) => change.id === resolved.change.id)).toBe(false);
    actAsNobody();
    await expect(listOpenSourceChanges()).rejects.toBeInstanceOf(AccessDeniedError);
  });
});

describe('the jobs page read', () => {
  it('is for admins only', async () => {
    for (const caller of [team.viewer, team.editor]) {
      actAs(caller);
      await expect(getJobsOverview()).rejects.toBeInstanceOf(AccessDeniedError);
    }
    actAsNobody();
    await expect(getJobsOverview()).rejects.toBeInstanceOf(AccessDeniedError);
    actAs(team.admin);
    await expect(getJobsOverview()).resolves.not.toBeInstanceOf(Error);
  });
});
