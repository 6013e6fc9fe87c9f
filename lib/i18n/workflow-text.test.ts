import { describe, expect, it } from 'vitest';
import {
  canStep,
  checkApprove,
  checkContentChange,
  checkCorrectionKeepsVerdict,
  checkPublishAlone,
  checkSubmit,
  checkUnpublish,
  missingForPublication,
  PUBLICATION_TRANSITIONS,
  type Check,
  type ReviewStep,
} from '@/lib/claims/workflow';
import type { Publication } from '@/lib/generated/prisma/enums';
import { localiseMissing, localiseWorkflow } from './workflow-text';

const empty = { status: 'UNSTARTED' as const, explanation: '', evidenceCount: 0 };
const notCheckable = { status: 'NOT_CHECKABLE' as const, explanation: 'It is an opinion, not a fact.', evidenceCount: 0 };
const ready = { status: 'FALSE' as const, explanation: 'The data says otherwise.', evidenceCount: 1 };
const editor = { id: 'e1', role: 'EDITOR' as const };
const admin = { id: 'a1', role: 'ADMIN' as const };
const PUBLICATIONS: Publication[] = ['DRAFT', 'IN_REVIEW', 'PUBLISHED'];

/** Every refusal the workflow rules can give, as they word it. */
function everyRefusal(): string[] {
  const checks: Check[] = [
    ...(Object.keys(PUBLICATION_TRANSITIONS) as ReviewStep[]).flatMap((step) => PUBLICATIONS.map((p) => canStep(step, p))),
    checkContentChange('IN_REVIEW', ''),
    checkContentChange('PUBLISHED', 'short'),
    checkCorrectionKeepsVerdict(empty),
    checkCorrectionKeepsVerdict(notCheckable),
    checkSubmit('DRAFT', empty),
    checkSubmit('DRAFT', { ...ready, evidenceCount: 0 }),
    checkApprove({ publication: 'IN_REVIEW', readiness: ready, verdictById: 'e1', submittedById: null, changedInReviewByIds: [] }, editor),
    checkApprove({ publication: 'IN_REVIEW', readiness: ready, verdictById: 'a1', submittedById: null, changedInReviewByIds: [] }, admin),
    checkApprove({ publication: 'IN_REVIEW', readiness: ready, verdictById: null, submittedById: 'e1', changedInReviewByIds: [] }, editor),
    checkApprove(
      { publication: 'IN_REVIEW', readiness: ready, verdictById: null, submittedById: null, changedInReviewByIds: ['e1'] },
      editor,
    ),
    checkApprove(
      { publication: 'IN_REVIEW', readiness: notCheckable, verdictById: null, submittedById: null, changedInReviewByIds: [] },
      editor,
    ),
    checkPublishAlone('DRAFT', ready, 'short'),
    checkPublishAlone('DRAFT', empty, 'A long enough reason to publish.'),
    checkUnpublish('PUBLISHED', 'short'),
  ];
  return [...new Set(checks.flatMap((check) => (check.ok ? [] : [check.message])))];
}

describe('workflow refusals in the editor language', () => {
  const refusals = everyRefusal();

  it('finds a refusal of every kind', () => {
    expect(refusals.length).toBeGreaterThanOrEqual(17);
  });

  it.each(refusals)('knows "%s": the same words in English, translated in Indonesian', (message) => {
    expect(localiseWorkflow('en', message)).toBe(message);
    const indonesian = localiseWorkflow('id', message);
    expect(indonesian).not.toBe(message);
    expect(indonesian).not.toMatch(/\b(the|this|claim needs|verdict)\b/);
  });

  it('says a list of what is missing item by item', () => {
    expect(localiseWorkflow('id', 'Before it can be submitted, this claim needs a verdict, at least one piece of evidence.')).toBe(
      'Sebelum dapat diajukan, klaim ini perlu putusan, minimal satu bukti.',
    );
    expect(missingForPublication(empty).map((item) => localiseMissing('id', item))).toEqual([
      'putusan',
      'penjelasan minimal satu kalimat utuh',
      'minimal satu bukti',
    ]);
  });

  it('passes a message it does not know through unchanged', () => {
    expect(localiseWorkflow('id', 'Something new.')).toBe('Something new.');
    expect(localiseWorkflow('id', 'Before it can be submitted, this claim needs a unicorn.')).toBe(
      'Before it can be submitted, this claim needs a unicorn.',
    );
  });
});
