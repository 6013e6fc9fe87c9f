// The verification workflow's rules, free of Next and Prisma so they can be unit-tested and shared
// by actions and pages: what may change in which publication state, what a submission needs,
// who may approve, and how a change is put into words (conflict messages, correction notes).
import type { ClaimEventKind, ClaimStatus, EvidenceRelation, Publication, Role } from '@/lib/generated/prisma/enums';
import { isVerdict } from './status';

export type Check = { ok: true } | { ok: false; message: string; field?: string };
const ok: Check = { ok: true };
const no = (message: string, field?: string): Check => ({ ok: false, message, ...(field ? { field } : {}) });

/**
 * How a content change (status, explanation, evidence) is treated in each publication state:
 * freely in a draft, not at all while a reviewer looks at it, and as a correction once published.
 */
export type EditMode = 'free' | 'frozen' | 'correction';

export function editMode(publication: Publication): EditMode {
  if (publication === 'IN_REVIEW') return 'frozen';
  return publication === 'PUBLISHED' ? 'correction' : 'free';
}

/**
 * Where each review step may start, where it leads, and the audit event it writes. The actions read
 * their target state from here, so the tests of this table are tests of what the actions do.
 */
export const PUBLICATION_TRANSITIONS = {
  submit: { from: ['DRAFT'], to: 'IN_REVIEW', event: 'SUBMITTED' },
  approve: { from: ['IN_REVIEW'], to: 'PUBLISHED', event: 'APPROVED' },
  sendBack: { from: ['IN_REVIEW'], to: 'DRAFT', event: 'SENT_BACK' },
  publishAlone: { from: ['DRAFT', 'IN_REVIEW'], to: 'PUBLISHED', event: 'PUBLISHED_ALONE' },
  correct: { from: ['PUBLISHED'], to: 'IN_REVIEW', event: 'CORRECTED' },
  unpublish: { from: ['PUBLISHED'], to: 'DRAFT', event: 'UNPUBLISHED' },
} as const satisfies Record<string, { from: readonly Publication[]; to: Publication; event: ClaimEventKind }>;

export type ReviewStep = keyof typeof PUBLICATION_TRANSITIONS;

const WRONG_STATE: Record<ReviewStep, string> = {
  submit: 'Only a draft can be submitted for review.',
  approve: 'Only a claim waiting for review can be approved.',
  sendBack: 'Only a claim waiting for review can be sent back.',
  publishAlone: 'This claim is already published.',
  correct: 'Only a published claim can be corrected.',
  unpublish: 'Only a published claim can be unpublished.',
};

export function canStep(step: ReviewStep, publication: Publication): Check {
  return (PUBLICATION_TRANSITIONS[step].from as readonly Publication[]).includes(publication) ? ok : no(WRONG_STATE[step]);
}

/** The shortest reason accepted for a correction, a solo publication or an unpublication. */
export const MIN_REASON_LENGTH = 10;
const atLeast = `at least ${MIN_REASON_LENGTH} characters`;
const tooShort = (reason: string) => reason.trim().length < MIN_REASON_LENGTH;

/** A content change is refused while in review, and needs a reason once published. */
export function checkContentChange(publication: Publication, correctionWhy: string): Check {
  const mode = editMode(publication);
  if (mode === 'frozen')
    return no('This claim is waiting for review and cannot be changed now. A reviewer (or you) can send it back first.');
  if (mode === 'correction' && tooShort(correctionWhy)) {
    return no(
      `This verdict is published: say why you are changing it (${atLeast}). Readers will see a dated correction note.`,
      'correction',
    );
  }
  return ok;
}

/** At least one sentence: three words or more, ending with a full stop, question or exclamation mark. */
export function hasSentence(text: string): boolean {
  const words = text
    .trim()
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
  return words.length >= 3 && /[\p{L}\p{N}"”')\]][.!?…]/u.test(text);
}

export interface Readiness {
  status: ClaimStatus;
  explanation: string;
  evidenceCount: number;
}

/** Everything a claim lacks before it can go to review or be published, in words. */
export function missingForPublication({ status, explanation, evidenceCount }: Readiness): string[] {
  const missing: string[] = [];
  if (status === 'NOT_CHECKABLE') missing.push('a verdict (a "not checkable" claim is never published as a verdict)');
  else if (!isVerdict(status)) missing.push('a verdict');
  if (!hasSentence(explanation)) missing.push('an explanation of at least one full sentence');
  if (evidenceCount < 1) missing.push('at least one piece of evidence');
  return missing;
}

function readinessCheck(readiness: Readiness, what: string): Check {
  const missing = missingForPublication(readiness);
  return missing.length === 0 ? ok : no(`${what} needs ${missing.join(', ')}.`);
}

/** A correction sends a published claim straight back to review, so it must stay publishable. */
export function checkCorrectionKeepsVerdict(readiness: Readiness): Check {
  const missing = missingForPublication(readiness);
  return missing.length === 0 ? ok : no(`A published claim must keep ${missing.join(', ')}. To withdraw the verdict, unpublish it first.`);
}

export function checkSubmit(publication: Publication, readiness: Readiness): Check {
  const state = canStep('submit', publication);
  return state.ok ? readinessCheck(readiness, 'Before it can be submitted, this claim') : state;
}

export interface ApprovalContext {
  publication: Publication;
  readiness: Readiness;
  /** Who last set the verdict, and who submitted it: neither may be its second pair of eyes. */
  verdictById: string | null;
  submittedById: string | null;
  /**
   * Who changed the claim after it was sent to review: the quotes, merges and article corrections
   * that stay possible while its verdict is frozen. Whoever added material is not a second pair of eyes on it.
   */
  changedInReviewByIds: readonly string[];
}

/**
 * Events that do not change what readers would see, so they do not stop their actor from approving.
 * Any other kind, a new one included, counts as a change.
 */
const REVIEW_NEUTRAL_EVENTS: readonly ClaimEventKind[] = [
  'ASSIGNED',
  'SUBMITTED',
  'APPROVED',
  'SENT_BACK',
  'PUBLISHED_ALONE',
  'UNPUBLISHED',
  'SOURCE_CHANGE_NO_EFFECT',
];

/** Whether an event of this kind changed the claim's content, for the approval rule above. */
export function changesContent(kind: ClaimEventKind): boolean {
  return !REVIEW_NEUTRAL_EVENTS.includes(kind);
}

export function checkApprove(context: ApprovalContext, actor: { id: string; role: Role }): Check {
  const state = canStep('approve', context.publication);
  if (!state.ok) return state;
  if (actor.id === context.verdictById) {
    return no(
      actor.role === 'ADMIN'
        ? 'You set this verdict, so you cannot approve it. Ask another editor, or publish alone with a written reason.'
        : 'You set this verdict, so you cannot approve it: another editor must review it.',
    );
  }
  if (actor.id === context.submittedById) return no('You submitted this claim, so you cannot approve it: another editor must review it.');
  if (context.changedInReviewByIds.includes(actor.id)) {
    return no('You changed this claim while it waited for review, so you cannot approve it: another editor must review it.');
  }
  return readinessCheck(context.readiness, 'Before it can be published, this claim');
}

export function checkPublishAlone(publication: Publication, readiness: Readiness, reason: string): Check {
  const state = canStep('publishAlone', publication);
  if (!state.ok) return state;
  if (tooShort(reason)) return no(`Write why this is published without a second editor (${atLeast}).`, 'reason');
  return readinessCheck(readiness, 'Before it can be published, this claim');
}

export function checkUnpublish(publication: Publication, reason: string): Check {
  const state = canStep('unpublish', publication);
  if (!state.ok) return state;
  return tooShort(reason) ? no(`Write why it is taken off the public site (${atLeast}).`, 'reason') : ok;
}

/** A published claim that is changed goes straight back to review; other states are unaffected. */
export function publicationAfterChange(publication: Publication): Publication {
  return publication === 'PUBLISHED' ? PUBLICATION_TRANSITIONS.correct.to : publication;
}

export interface EvidenceSnapshot {
  url: string;
  title: string;
  note: string;
  relation: EvidenceRelation;
}
