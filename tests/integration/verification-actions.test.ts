import { revalidateTag } from 'next/cache';
import { beforeAll, describe, expect, it } from 'vitest';
import { addEvidenceAction, editEvidenceAction, removeEvidenceAction } from '@/lib/actions/evidence';
import type { ActionResult } from '@/lib/actions/result';
import { approveClaimAction, publishAloneAction, sendBackAction, submitForReviewAction, unpublishAction } from '@/lib/actions/review';
import { assignClaimAction, saveVerificationAction } from '@/lib/actions/verification';
import { PUBLICATION_TRANSITIONS, type ReviewStep } from '@/lib/claims/workflow';
import type { ClaimStatus, Publication } from '@/lib/generated/prisma/enums';
import { createTeam, createTestClaim, formData, testDb, unique } from '../support/factories';
import { actAs, actAsNobody } from '../support/session-double';
import { describeNote } from '@/lib/i18n/correction-note';
import { RECORD_ID_FIELD, withRecordId } from '@/lib/actions/record-field';

let team: Awaited<ReturnType<typeof createTeam>>;
let articleId: string;
beforeAll(async () => {
  team = await createTeam();
  const article = await testDb.article.create({
    data: {
      title: unique('Verification article'),
      body: 'Bupati said the dam was inspected every year.',
      rawInput: 'raw',
      createdById: team.editor.id,
    },
  });
  articleId = article.id;
});

const EXPLANATION = 'Inspection records show no check since 2019. See https://example.org/report for the files.';
const EVIDENCE = { url: 'https://example.org/report', title: 'Inspection report', note: 'Page 4', relation: 'REFUTES' };

interface ClaimSetup {
  status?: ClaimStatus;
  explanation?: string;
  publication?: Publication;
  evidence?: number;
  verdictById?: string;
  deletedAt?: Date;
}

async function createClaim({ evidence = 0, ...fields }: ClaimSetup = {}) {
  const claim = await createTestClaim(
    { summary: unique('claim'), createdById: team.editor.id, ...fields },
    { articleId, quoteStart: 0, quoteEnd: 5, quoteText: 'Bupati' },
  );
  for (let i = 0; i < evidence; i++)
    await testDb.evidence.create({ data: { ...EVIDENCE, relation: 'REFUTES', claimId: claim.id, addedById: team.editor.id } });
  return claim;
}

/** A claim ready to submit: verdict by `editor`, explanation, one piece of evidence. */
const readyClaim = (extra: ClaimSetup = {}) =>
  createClaim({ status: 'FALSE', explanation: EXPLANATION, evidence: 1, verdictById: team.editor.id, ...extra });

async function snapshot(claimId: string) {
  const [claim, events, evidence, corrections] = await Promise.all([
    testDb.claim.findUniqueOrThrow({
      where: { id: claimId },
      select: {
        status: true,
        explanation: true,
        publication: true,
        version: true,
        assigneeId: true,
        verdictById: true,
        reviewedById: true,
        publishedAt: true,
      },
    }),
    testDb.claimEvent.count({ where: { claimId } }),
    testDb.evidence.findMany({ where: { claimId }, orderBy: { id: 'asc' } }),
    testDb.correction.count({ where: { claimId } }),
  ]);
  return { claim, events, evidence, corrections };
}

const events = (claimId: string) =>
  testDb.claimEvent.findMany({
    where: { claimId },
    orderBy: [{ at: 'asc' }, { id: 'asc' }],
    select: { kind: true, actorId: true, before: true, after: true },
  });
const v = (version: number, fields: Record<string, string> = {}) => formData({ version: String(version), ...fields });
const message = (result: ActionResult) => (result.ok ? '' : result.message);

/** A form whose record id field is an upload, not text: refused like any id that is not a record id. */
function withFileAsRecordId(form: FormData) {
  form.set(RECORD_ID_FIELD, new File(['abc123'], 'id.txt'));
  return form;
}

/** Every action, called on one claim with otherwise valid input. */
function everyAction(claimId: string, evidenceId: string) {
  return {
    save: () => saveVerificationAction(null, withRecordId(claimId, v(1, { status: 'FALSE', explanation: EXPLANATION }))),
    assign: () => assignClaimAction(null, withRecordId(claimId, v(1, { assigneeId: team.editor.id }))),
    addEvidence: () => addEvidenceAction(null, withRecordId(claimId, v(1, EVIDENCE))),
    editEvidence: () => editEvidenceAction(null, withRecordId(claimId, v(1, { ...EVIDENCE, evidenceId, title: 'Changed' }))),
    removeEvidence: () => removeEvidenceAction(null, withRecordId(claimId, v(1, { evidenceId }))),
    submit: () => submitForReviewAction(null, withRecordId(claimId, v(1))),
    approve: () => approveClaimAction(null, withRecordId(claimId, v(1))),
    sendBack: () => sendBackAction(null, withRecordId(claimId, v(1, { comment: 'Needs a second source.' }))),
    publishAlone: () => publishAloneAction(null, withRecordId(claimId, v(1, { reason: 'Breaking news, nobody else on shift.' }))),
    unpublish: () => unpublishAction(null, withRecordId(claimId, v(1, { reason: 'The source retracted the statement.' }))),
  };
}

describe('permissions', () => {
  it('refuses nobody and viewers for every action, and changes nothing', async () => {
    for (const publication of ['DRAFT', 'IN_REVIEW', 'PUBLISHED'] as const) {
      const claim = await readyClaim({ publication, verdictById: team.editor2.id });
      const evidenceId = (await testDb.evidence.findFirstOrThrow({ where: { claimId: claim.id } })).id;
      const before = await snapshot(claim.id);
      for (const caller of [null, team.viewer]) {
        if (caller) actAs(caller);
        else actAsNobody();
        for (const [name, run] of Object.entries(everyAction(claim.id, evidenceId))) {
          const result = await run();
          expect(result, `${name} as ${caller ? 'viewer' : 'nobody'}`).toMatchObject({
            ok: false,
            message: caller ? 'Your role does not allow this.' : 'You are not signed in. Sign in and try again.',
          });
        }
      }
      expect(await snapshot(claim.id)).toEqual(before);
    }
  });

  it('refuses an editor who tries to publish alone', async () => {
    const claim = await readyClaim();
    actAs(team.editor2);
    expect(await publishAloneAction(null, withRecordId(claim.id, v(1, { reason: 'Breaking news, nobody else on shift.' })))).toMatchObject({
      ok: false,
      message: 'Your role does not allow this.',
    });
    expect((await snapshot(claim.id)).claim.publication).toBe('DRAFT');
  });
});

describe('the review workflow', () => {
  it('takes a claim from unstarted to published, with one event per change, before/after values and a second editor', async () => {
    const claim = await createClaim();
    actAs(team.editor);
    expect(
      await saveVerificationAction(
        null,
        withRecordId(claim.id, v(1, { status: 'FALSE', explanation: `  ${EXPLANATION}\r\n\r\nSecond paragraph.  ` })),
      ),
    ).toMatchObject({ ok: true, message: 'Saved.' });
    expect(await addEvidenceAction(null, withRecordId(claim.id, v(2, EVIDENCE)))).toMatchObject({ ok: true });
    expect(await submitForReviewAction(null, withRecordId(claim.id, v(3)))).toMatchObject({ ok: true });
    const afterSubmit = await snapshot(claim.id);
    expect(afterSubmit.claim).toMatchObject({
      status: 'FALSE',
      explanation: `${EXPLANATION}\n\nSecond paragraph.`,
      publication: 'IN_REVIEW',
      version: 4,
      verdictById: team.editor.id,
    });

    const own = await approveClaimAction(null, withRecordId(claim.id, v(4)));
    expect(own).toMatchObject({ ok: false, message: 'You set this verdict, so you cannot approve it: another editor must review it.' });
    expect(await snapshot(claim.id)).toEqual(afterSubmit);

    actAs(team.editor2);
    expect(await approveClaimAction(null, withRecordId(claim.id, v(4)))).toMatchObject({ ok: true, message: 'Approved and published.' });
    const published = await snapshot(claim.id);
    expect(published.claim).toMatchObject({ publication: 'PUBLISHED', reviewedById: team.editor2.id, version: 5 });
    expect(published.claim.publishedAt).toBeInstanceOf(Date);
    expect(revalidateTag).toHaveBeenCalledWith(`claim:${claim.id}`, { expire: 0 });
    expect(revalidateTag).toHaveBeenCalledWith('claims:list', { expire: 0 });

    const log = await events(claim.id);
    expect(log.map((e) => [e.kind, e.actorId])).toEqual([
      ['STATUS_CHANGED', team.editor.id],
      ['EXPLANATION_CHANGED', team.editor.id],
      ['EVIDENCE_ADDED', team.editor.id],
      ['SUBMITTED', team.editor.id],
      ['APPROVED', team.editor2.id],
    ]);
    expect(log[0]).toMatchObject({ before: { status: 'UNSTARTED' }, after: { status: 'FALSE', version: 2 } });
    expect(log[1]).toMatchObject({ before: { explanation: '' }, after: { explanation: `${EXPLANATION}\n\nSecond paragraph.` } });
    expect(log[2]).toMatchObject({ after: { url: EVIDENCE.url, title: EVIDENCE.title, relation: 'REFUTES' } });
    expect(log[4]).toMatchObject({ before: { publication: 'IN_REVIEW' }, after: { publication: 'PUBLISHED' } });
  });

  it('does not let the submitter approve, and sends back with a required comment', async () => {
    const claim = await readyClaim({ verdictById: team.editor2.id });
    actAs(team.editor);
    expect(await submitForReviewAction(null, withRecordId(claim.id, v(1)))).toMatchObject({ ok: true });
    expect(await approveClaimAction(null, withRecordId(claim.id, v(2)))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/You submitted this claim/) as unknown,
    });
    actAs(team.admin);
    const noComment = await sendBackAction(null, withRecordId(claim.id, v(2, { comment: '  ' })));
    expect(noComment).toMatchObject({ ok: false, errors: { comment: ['Say what needs to change.'] } });
    expect(await sendBackAction(null, withRecordId(claim.id, v(2, { comment: 'Add the 2023 inspection.' })))).toMatchObject({ ok: true });
    expect((await snapshot(claim.id)).claim).toMatchObject({ publication: 'DRAFT', version: 3 });
    expect((await events(claim.id)).at(-1)).toMatchObject({
      kind: 'SENT_BACK',
      actorId: team.admin.id,
      after: { publication: 'DRAFT', comment: 'Add the 2023 inspection.' },
    });
  });

  it('freezes a claim in review', async () => {
    const claim = await readyClaim({ publication: 'IN_REVIEW' });
    const evidenceId = (await testDb.evidence.findFirstOrThrow({ where: { claimId: claim.id } })).id;
    const before = await snapshot(claim.id);
    actAs(team.editor2);
    const { addEvidence, editEvidence, removeEvidence } = everyAction(claim.id, evidenceId);
    const save = () => saveVerificationAction(null, withRecordId(claim.id, v(1, { status: 'TRUE', explanation: EXPLANATION })));
    for (const run of [save, addEvidence, editEvidence, removeEvidence]) expect(message(await run())).toMatch(/waiting for review/);
    expect(await snapshot(claim.id)).toEqual(before);
  });

  it('lets an admin publish alone only with a reason, which is recorded', async () => {
    const claim = await readyClaim({ verdictById: team.admin.id });
    actAs(team.admin);
    expect(await approveClaimAction(null, withRecordId(claim.id, v(1)))).toMatchObject({ ok: false });
    expect(await publishAloneAction(null, withRecordId(claim.id, v(1, { reason: '' })))).toMatchObject({
      ok: false,
      errors: { reason: [expect.stringMatching(/Write why/) as unknown] },
    });
    expect((await snapshot(claim.id)).claim.publication).toBe('DRAFT');
    expect(
      await publishAloneAction(null, withRecordId(claim.id, v(1, { reason: 'Election night, no second editor on shift.' }))),
    ).toMatchObject({
      ok: true,
    });
    expect((await snapshot(claim.id)).claim).toMatchObject({ publication: 'PUBLISHED', reviewedById: team.admin.id });
    expect((await events(claim.id)).map((e) => [e.kind, e.after])).toEqual([
      ['PUBLISHED_ALONE', { publication: 'PUBLISHED', status: 'FALSE', reason: 'Election night, no second editor on shift.', version: 2 }],
    ]);
  });

  it('sends a changed published verdict back to review with a dated correction note', async () => {
    const publishedAt = new Date('2026-01-02T03:04:05Z');
    const claim = await readyClaim({ publication: 'PUBLISHED', publishedAt, verdictById: team.editor2.id } as ClaimSetup);
    actAs(team.editor);
    const noReason = await saveVerificationAction(null, withRecordId(claim.id, v(1, { status: 'MISLEADING', explanation: EXPLANATION })));
    expect(noReason).toMatchObject({ ok: false, errors: { correction: [expect.stringMatching(/say why/) as unknown] } });
    const withdraw = await saveVerificationAction(
      null,
      withRecordId(claim.id, v(1, { status: 'IN_PROGRESS', explanation: EXPLANATION, correction: 'Reopening the check.' })),
    );
    expect(message(withdraw)).toMatch(/unpublish it first/);
    expect(await snapshot(claim.id)).toMatchObject({ events: 0, corrections: 0, claim: { version: 1, publication: 'PUBLISHED' } });

    const why = 'The ministry published the 2024 inspection report.';
    expect(
      await saveVerificationAction(null, withRecordId(claim.id, v(1, { status: 'MISLEADING', explanation: EXPLANATION, correction: why }))),
    ).toMatchObject({ ok: true });
    const after = await snapshot(claim.id);
    expect(after.claim).toMatchObject({
      status: 'MISLEADING',
      publication: 'IN_REVIEW',
      version: 2,
      verdictById: team.editor.id,
      reviewedById: null,
      publishedAt,
    });
    const [correction] = await testDb.correction.findMany({ where: { claimId: claim.id } });
    expect(correction).toMatchObject({ why, authorId: team.editor.id });
    // Stored as keys, so each reader reads what changed in their language; the editor's why as typed.
    expect(describeNote('en', correction?.what ?? '')).toBe('status False → Misleading');
    expect(describeNote('id', correction?.what ?? '')).toBe('status Keliru → Menyesatkan');
    expect((await events(claim.id)).map((e) => e.kind)).toEqual(['STATUS_CHANGED', 'CORRECTED']);
    expect(revalidateTag).toHaveBeenCalledWith(`claim:${claim.id}`, { expire: 0 });

    expect(await approveClaimAction(null, withRecordId(claim.id, v(2)))).toMatchObject({ ok: false });
    actAs(team.editor2);
    expect(await approveClaimAction(null, withRecordId(claim.id, v(2)))).toMatchObject({ ok: true });
    expect((await snapshot(claim.id)).claim).toMatchObject({ publication: 'PUBLISHED', publishedAt });
  });

  it('records evidence edits and removals, and unpublishes with a reason', async () => {
    const claim = await readyClaim();
    const evidenceId = (await testDb.evidence.findFirstOrThrow({ where: { claimId: claim.id } })).id;
    actAs(team.editor2);
    expect(
      await editEvidenceAction(
        null,
        withRecordId(claim.id, v(1, { ...EVIDENCE, evidenceId, title: 'Inspection report 2019', relation: 'CONTEXT' })),
      ),
    ).toMatchObject({ ok: true });
    expect(await addEvidenceAction(null, withRecordId(claim.id, v(2, { ...EVIDENCE, url: 'https://example.org/second' })))).toMatchObject({
      ok: true,
    });
    expect(await removeEvidenceAction(null, withRecordId(claim.id, v(3, { evidenceId })))).toMatchObject({ ok: true });
    const log = await events(claim.id);
    expect(log.map((e) => e.kind)).toEqual(['EVIDENCE_EDITED', 'EVIDENCE_ADDED', 'EVIDENCE_REMOVED']);
    expect(log[0]).toMatchObject({
      before: { title: 'Inspection report', relation: 'REFUTES' },
      after: { title: 'Inspection report 2019', relation: 'CONTEXT' },
    });
    expect(log[2]).toMatchObject({ before: { evidenceId, title: 'Inspection report 2019', url: EVIDENCE.url } });
    expect((await snapshot(claim.id)).evidence.map((e) => e.url)).toEqual(['https://example.org/second']);

    await testDb.claim.update({ where: { id: claim.id }, data: { publication: 'PUBLISHED' } });
    expect(await unpublishAction(null, withRecordId(claim.id, v(4, { reason: 'short' })))).toMatchObject({ ok: false });
    expect(await unpublishAction(null, withRecordId(claim.id, v(4, { reason: 'The source retracted the statement.' })))).toMatchObject({
      ok: true,
    });
    expect((await snapshot(claim.id)).claim.publication).toBe('DRAFT');
  });

  it('assigns to an editor, refuses a viewer as assignee, and unassigns', async () => {
    const claim = await createClaim();
    actAs(team.editor);
    expect(await assignClaimAction(null, withRecordId(claim.id, v(1, { assigneeId: team.viewer.id })))).toMatchObject({
      ok: false,
      errors: { assigneeId: ['Choose an editor from the list.'] },
    });
    expect(await assignClaimAction(null, withRecordId(claim.id, v(1, { assigneeId: team.editor2.id })))).toMatchObject({ ok: true });
    expect(await assignClaimAction(null, withRecordId(claim.id, v(2, { assigneeId: '' })))).toMatchObject({
      ok: true,
      message: 'Unassigned.',
    });
    const log = await events(claim.id);
    expect(log.map((e) => [e.kind, e.before, e.after])).toEqual([
      ['ASSIGNED', { assigneeId: null, assigneeName: null }, { assigneeId: team.editor2.id, assigneeName: team.editor2.name, version: 2 }],
      ['ASSIGNED', { assigneeId: team.editor2.id, assigneeName: team.editor2.name }, { assigneeId: null, assigneeName: null, version: 3 }],
    ]);
  });
});

describe('the workflow table drives the review actions', () => {
  it('moves the claim to each step’s target state and writes the step’s event', async () => {
    const claim = await readyClaim();
    const steps: [ReviewStep, () => Promise<ActionResult>][] = [
      ['submit', () => submitForReviewAction(null, withRecordId(claim.id, v(1)))],
      ['sendBack', () => sendBackAction(null, withRecordId(claim.id, v(2, { comment: 'Needs a second source.' })))],
      ['submit', () => submitForReviewAction(null, withRecordId(claim.id, v(3)))],
      ['approve', () => approveClaimAction(null, withRecordId(claim.id, v(4)))],
      ['unpublish', () => unpublishAction(null, withRecordId(claim.id, v(5, { reason: 'The ministry withdrew the report.' })))],
      ['publishAlone', () => publishAloneAction(null, withRecordId(claim.id, v(6, { reason: 'Breaking news, nobody else on shift.' })))],
    ];
    for (const [step, run] of steps) {
      actAs(step === 'approve' ? team.editor2 : step === 'publishAlone' ? team.admin : team.editor);
      expect(await run()).toMatchObject({ ok: true });
      const { claim: after } = await snapshot(claim.id);
      expect(after.publication, step).toBe(PUBLICATION_TRANSITIONS[step].to);
      expect((await events(claim.id)).at(-1)?.kind, step).toBe(PUBLICATION_TRANSITIONS[step].event);
    }
  });
});

describe('bad input changes nothing', () => {
  it('refuses each bad input with a clear message', async () => {
    const claim = await createClaim({ status: 'IN_PROGRESS' });
    const other = await createClaim({ evidence: 1 });
    const otherEvidenceId = (await testDb.evidence.findFirstOrThrow({ where: { claimId: other.id } })).id;
    const deleted = await createClaim({ deletedAt: new Date() });
    actAs(team.editor);
    const before = await snapshot(claim.id);
    const cases: [string, () => Promise<ActionResult>, RegExp][] = [
      [
        'status outside the enum',
        () => saveVerificationAction(null, withRecordId(claim.id, v(1, { status: 'MOSTLY_FALSE', explanation: 'x' }))),
        /Choose a status/,
      ],
      [
        'relation outside the enum',
        () => addEvidenceAction(null, withRecordId(claim.id, v(1, { ...EVIDENCE, relation: 'MAYBE' }))),
        /supports, refutes or context/,
      ],
      [
        'javascript: URL',
        () => addEvidenceAction(null, withRecordId(claim.id, v(1, { ...EVIDENCE, url: 'javascript:alert(document.cookie)' }))),
        /http:\/\/ or https:\/\//,
      ],
      [
        'data: URL',
        () => addEvidenceAction(null, withRecordId(claim.id, v(1, { ...EVIDENCE, url: 'data:text/html,<script>alert(1)</script>' }))),
        /http:\/\/ or https:\/\//,
      ],
      [
        'explanation over 20,000 characters',
        () => saveVerificationAction(null, withRecordId(claim.id, v(1, { status: 'FALSE', explanation: 'a'.repeat(20_001) }))),
        /too long: at most 20,000/,
      ],
      [
        'unknown claim id',
        () => saveVerificationAction(null, withRecordId('doesnotexist000', v(1, { status: 'FALSE', explanation: '' }))),
        /does not exist/,
      ],
      ['malformed claim id', () => submitForReviewAction(null, withRecordId('../../etc', v(1))), /does not exist/],
      ['no claim id field in the form', () => saveVerificationAction(null, v(1, { status: 'FALSE', explanation: '' })), /does not exist/],
      ['a file as the claim id', () => assignClaimAction(null, withFileAsRecordId(v(1, { assigneeId: team.editor.id }))), /does not exist/],
      ['deleted claim', () => addEvidenceAction(null, withRecordId(deleted.id, v(1, EVIDENCE))), /does not exist/],
      [
        'evidence of another claim',
        () => removeEvidenceAction(null, withRecordId(claim.id, v(1, { evidenceId: otherEvidenceId }))),
        /not on this claim/,
      ],
      [
        'missing version',
        () => saveVerificationAction(null, withRecordId(claim.id, v(0, { status: 'FALSE', explanation: '' }))),
        /version you loaded/,
      ],
      [
        'future version',
        () => saveVerificationAction(null, withRecordId(claim.id, v(7, { status: 'FALSE', explanation: '' }))),
        /Someone else changed this claim/,
      ],
      [
        'submit without verdict, explanation or evidence',
        () => submitForReviewAction(null, withRecordId(claim.id, v(1))),
        /needs a verdict, an explanation of at least one full sentence, at least one piece of evidence/,
      ],
      ['approve a draft', () => approveClaimAction(null, withRecordId(claim.id, v(1))), /Only a claim waiting for review/],
    ];
    for (const [name, run, expected] of cases) {
      const result = await run();
      expect(result.ok, name).toBe(false);
      expect(message(result), name).toMatch(expected);
    }
    expect(await snapshot(claim.id)).toEqual(before);
    expect(await testDb.evidence.count({ where: { claimId: other.id } })).toBe(1);
    expect(await testDb.claimEvent.count({ where: { claimId: { in: [other.id, deleted.id] } } })).toBe(0);
  });

  it('accepts an explanation of exactly 20,000 characters and keeps a refused form’s input', async () => {
    const claim = await createClaim();
    actAs(team.editor);
    const tooLong = await saveVerificationAction(null, withRecordId(claim.id, v(1, { status: 'FALSE', explanation: 'b'.repeat(20_001) })));
    expect(tooLong).toMatchObject({ ok: false, values: { status: 'FALSE', explanation: 'b'.repeat(20_001), version: '1' } });
    // The record id is not input: a refused form does not get it back among what was typed.
    expect(tooLong.ok ? {} : tooLong.values).not.toHaveProperty(RECORD_ID_FIELD);
    expect(
      await saveVerificationAction(null, withRecordId(claim.id, v(1, { status: 'FALSE', explanation: 'b'.repeat(20_000) }))),
    ).toMatchObject({
      ok: true,
    });
  });

  it('refuses each missing submission requirement on its own', async () => {
    actAs(team.editor);
    for (const [setup, missing] of [
      [{ status: 'IN_PROGRESS' }, 'a verdict'],
      [{ status: 'NOT_CHECKABLE' }, 'never published as a verdict'],
      [{ explanation: 'Keliru.' }, 'an explanation of at least one full sentence'],
      [{ evidence: 0 }, 'at least one piece of evidence'],
    ] as const) {
      const claim = await readyClaim(setup);
      const result = await submitForReviewAction(null, withRecordId(claim.id, v(1)));
      expect(message(result)).toContain(missing);
      expect(await snapshot(claim.id)).toMatchObject({ events: 0, claim: { publication: 'DRAFT', version: 1 } });
    }
  });
});

describe('no lost edits', () => {
  it('refuses the second of two saves from the same version and says what the other editor changed', async () => {
    const claim = await createClaim({ status: 'IN_PROGRESS' });
    actAs(team.editor2);
    expect(
      await saveVerificationAction(null, withRecordId(claim.id, v(1, { status: 'FALSE', explanation: 'Their explanation is here.' }))),
    ).toMatchObject({ ok: true });
    actAs(team.editor);
    const mine = { status: 'TRUE', explanation: 'My explanation, typed meanwhile.' };
    const refused = await saveVerificationAction(null, withRecordId(claim.id, v(1, mine)));
    expect(refused.ok).toBe(false);
    expect(message(refused)).toContain('Someone else changed this claim after you opened it, so your change was not saved.');
    expect(message(refused)).toContain(`${team.editor2.name} changed the status (status In progress → False)`);
    expect(message(refused)).toContain('explanation now reads “Their explanation is here.”');
    // The refused form keeps its input, now carrying the current version: saving again is deliberate.
    expect(refused).toMatchObject({ values: { ...mine, version: '2' } });
    expect((await snapshot(claim.id)).claim).toMatchObject({ status: 'FALSE', explanation: 'Their explanation is here.', version: 2 });
    // Evidence forms are held to the same version.
    expect(message(await addEvidenceAction(null, withRecordId(claim.id, v(1, EVIDENCE))))).toMatch(/Someone else changed this claim/);
    expect(await testDb.evidence.count({ where: { claimId: claim.id } })).toBe(0);
  });

  it('applies exactly one of 20 concurrent saves from the same version and refuses the rest', async () => {
    const claim = await createClaim();
    actAs(team.editor);
    const statuses = ['TRUE', 'PARTLY_TRUE', 'UNPROVEN', 'MISLEADING', 'FALSE'] as const;
    const attempts = Array.from({ length: 20 }, (_, i) => ({
      status: statuses[i % statuses.length] ?? 'FALSE',
      explanation: `Attempt number ${i} explains it.`,
    }));
    const results = await Promise.all(attempts.map((fields) => saveVerificationAction(null, withRecordId(claim.id, v(1, fields)))));
    const applied = results.flatMap((result, i) => (result.ok ? [attempts[i]] : []));
    expect(applied).toHaveLength(1);
    for (const result of results.filter((r) => !r.ok))
      expect(message(result)).toMatch(/^Someone else changed this claim after you opened it, so your change was not saved\./);
    const final = await snapshot(claim.id);
    expect(final.claim).toMatchObject({ ...applied[0], version: 2 });
    const log = await events(claim.id);
    expect(log.map((e) => e.kind)).toEqual(['STATUS_CHANGED', 'EXPLANATION_CHANGED']);
    expect(log[0]?.after).toMatchObject({ status: applied[0]?.status });
    expect(log[1]?.after).toMatchObject({ explanation: applied[0]?.explanation });
  });
});
