import { describe, expect, it } from 'vitest';
import {
  PUBLICATION_TRANSITIONS,
  canStep,
  checkApprove,
  changesContent,
  checkContentChange,
  checkPublishAlone,
  checkSubmit,
  checkUnpublish,
  editMode,
  hasSentence,
  missingForPublication,
  publicationAfterChange,
} from './workflow';

const ready = { status: 'FALSE', explanation: 'The report says the opposite.', evidenceCount: 1 } as const;
const editor = { id: 'e1', role: 'EDITOR' } as const;
const editor2 = { id: 'e2', role: 'EDITOR' } as const;
const admin = { id: 'a1', role: 'ADMIN' } as const;

describe('publication states', () => {
  it('edits drafts freely, freezes claims in review and corrects published ones', () => {
    expect(editMode('DRAFT')).toBe('free');
    expect(editMode('IN_REVIEW')).toBe('frozen');
    expect(editMode('PUBLISHED')).toBe('correction');
    expect(checkContentChange('DRAFT', '')).toEqual({ ok: true });
    expect(checkContentChange('IN_REVIEW', 'a good long reason')).toMatchObject({ ok: false });
    expect(checkContentChange('PUBLISHED', 'short')).toMatchObject({ ok: false, field: 'correction' });
    expect(checkContentChange('PUBLISHED', 'The ministry issued a new figure.')).toEqual({ ok: true });
    expect(publicationAfterChange('PUBLISHED')).toBe('IN_REVIEW');
    expect(publicationAfterChange('DRAFT')).toBe('DRAFT');
  });

  it('allows each review step only from its starting states', () => {
    expect(canStep('submit', 'DRAFT').ok).toBe(true);
    expect(canStep('submit', 'IN_REVIEW').ok).toBe(false);
    expect(canStep('approve', 'IN_REVIEW').ok).toBe(true);
    expect(canStep('approve', 'DRAFT').ok).toBe(false);
    expect(canStep('sendBack', 'PUBLISHED').ok).toBe(false);
    expect(canStep('publishAlone', 'DRAFT').ok).toBe(true);
    expect(canStep('publishAlone', 'PUBLISHED').ok).toBe(false);
    expect(canStep('unpublish', 'PUBLISHED').ok).toBe(true);
  });

  it('names where each step leads and the event it writes (the review actions read both from here)', () => {
    const leads = Object.fromEntries(Object.entries(PUBLICATION_TRANSITIONS).map(([step, { to, event }]) => [step, `${to} ${event}`]));
    expect(leads).toEqual({
      submit: 'IN_REVIEW SUBMITTED',
      approve: 'PUBLISHED APPROVED',
      sendBack: 'DRAFT SENT_BACK',
      publishAlone: 'PUBLISHED PUBLISHED_ALONE',
      correct: 'IN_REVIEW CORRECTED',
      unpublish: 'DRAFT UNPUBLISHED',
    });
    expect(publicationAfterChange('IN_REVIEW')).toBe('IN_REVIEW');
  });
});

describe('what a submission needs', () => {
  it('recognises a sentence', () => {
    expect(hasSentence('The report says the opposite.')).toBe(true);
    expect(hasSentence('Data BPS menunjukkan angka lain!')).toBe(true);
    expect(hasSentence('Keliru.')).toBe(false);
    expect(hasSentence('no full stop at the end')).toBe(false);
    expect(hasSentence('... ... ...')).toBe(false);
  });

  it('lists everything missing', () => {
    expect(missingForPublication(ready)).toEqual([]);
    expect(missingForPublication({ status: 'IN_PROGRESS', explanation: '', evidenceCount: 0 })).toEqual([
      'a verdict',
      'an explanation of at least one full sentence',
      'at least one piece of evidence',
    ]);
    expect(missingForPublication({ ...ready, status: 'NOT_CHECKABLE' })[0]).toMatch(/never published as a verdict/);
    expect(checkSubmit('DRAFT', ready)).toEqual({ ok: true });
    expect(checkSubmit('DRAFT', { ...ready, evidenceCount: 0 })).toEqual({
      ok: false,
      message: 'Before it can be submitted, this claim needs at least one piece of evidence.',
    });
    expect(checkSubmit('IN_REVIEW', ready)).toMatchObject({ ok: false });
  });
});

describe('who may approve', () => {
  const context = {
    publication: 'IN_REVIEW',
    readiness: ready,
    verdictById: editor.id,
    submittedById: editor.id,
    changedInReviewByIds: [],
  } as const;
  it('refuses the editor who set the verdict or submitted it, and lets another editor or an admin approve', () => {
    expect(checkApprove(context, editor)).toMatchObject({ ok: false, message: expect.stringMatching(/You set this verdict/) as unknown });
    expect(checkApprove({ ...context, verdictById: null }, editor)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/You submitted/) as unknown,
    });
    expect(checkApprove(context, editor2)).toEqual({ ok: true });
    expect(checkApprove(context, admin)).toEqual({ ok: true });
    expect(checkApprove({ ...context, verdictById: admin.id }, admin)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/publish alone/) as unknown,
    });
    expect(checkApprove({ ...context, publication: 'DRAFT' }, editor2)).toMatchObject({ ok: false });
  });

  it('refuses whoever changed the claim while it waited for review, and no one else', () => {
    const changed = { ...context, verdictById: null, submittedById: null, changedInReviewByIds: [editor2.id] };
    expect(checkApprove(changed, editor2)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/You changed this claim/) as unknown,
    });
    expect(checkApprove(changed, editor)).toEqual({ ok: true });
  });

  it('counts quotes, merges and corrections as changes, and assignment or review steps not', () => {
    for (const kind of ['ATTRIBUTION_ADDED', 'ATTRIBUTION_MOVED', 'ATTRIBUTION_REMOVED', 'MERGED', 'REANCHORED', 'EDITED'] as const) {
      expect(changesContent(kind)).toBe(true);
    }
    for (const kind of ['ASSIGNED', 'SUBMITTED', 'SENT_BACK', 'APPROVED'] as const) expect(changesContent(kind)).toBe(false);
  });

  it('lets an admin publish alone only with a reason and a complete claim', () => {
    expect(checkPublishAlone('DRAFT', ready, '')).toMatchObject({ ok: false, field: 'reason' });
    expect(checkPublishAlone('DRAFT', ready, 'Breaking news, nobody else on shift.')).toEqual({ ok: true });
    expect(checkPublishAlone('DRAFT', { ...ready, explanation: '' }, 'Breaking news, nobody else on shift.')).toMatchObject({ ok: false });
  });
});

describe('unpublishing', () => {
  it('needs a published claim and a reason', () => {
    expect(checkUnpublish('DRAFT', 'The source retracted it.')).toMatchObject({ ok: false });
    expect(checkUnpublish('PUBLISHED', 'short')).toMatchObject({ ok: false, field: 'reason' });
    expect(checkUnpublish('PUBLISHED', 'The source retracted it.')).toEqual({ ok: true });
  });
});
