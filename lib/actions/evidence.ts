'use server';
// Evidence on the claim page: add, edit, remove. Evidence is part of the verdict, so each change
// bumps the claim's version (refused if stale), is refused while in review, and on a published
// claim is a correction that sends it back to review with a dated note.
import { checkContentChange, editMode, checkCorrectionKeepsVerdict, type EvidenceSnapshot } from '@/lib/claims/workflow';
import { correctionParts, evidenceAddedPart, evidenceRemovedPart } from '@/lib/claims/correction-parts';
import { db } from '@/lib/db';
import { encodeNote, type NotePart } from '@/lib/i18n/correction-note';
import { enqueueJob } from '@/lib/jobs/enqueue';
import type { Locale } from '@/lib/i18n/locales';
import type { Translator } from '@/lib/i18n/localise';
import { addEvidenceSchema, editEvidenceSchema, removeEvidenceSchema } from '@/lib/schemas/verification';
import type { ActionResult } from './result';
import {
  bumpVersion,
  conflictResult,
  correctionData,
  claimAction,
  readinessOf,
  recordCorrection,
  refuse,
  revalidateClaim,
  type LoadedClaim,
  type Tx,
} from './verification-core';

const TYPED = { offerOverwrite: true } as const;
const NEW_CITATION = { archiveState: 'QUEUED', archiveError: null, archiveCaptureId: null, watchBaselineId: null } as const;
const EVIDENCE_FIELDS = { id: true, url: true, title: true, note: true, relation: true } as const;

/** Writes the evidence change and its event; returns what changed, as note parts, for a correction note. */
type Change = (tx: Tx, version: number) => Promise<NotePart[]>;

/** Who acts, and the language they read. */
interface Caller {
  actorId: string;
  locale: Locale;
  t: Translator;
}

/** The common path of the three evidence actions: workflow checks, locked write, correction, revalidation. */
async function applyEvidenceChange(
  claim: LoadedClaim,
  { actorId, locale, t }: Caller,
  input: { version: number; correction: string },
  values: Record<string, string>,
  evidenceDelta: number,
  change: Change,
  done: 'evidenceAdded' | 'evidenceSaved' | 'evidenceRemoved',
): Promise<ActionResult> {
  const allowed = checkContentChange(claim.publication, input.correction);
  if (!allowed.ok) return refuse(allowed, locale, values);
  const correcting = editMode(claim.publication) === 'correction';
  if (correcting) {
    const keeps = checkCorrectionKeepsVerdict(readinessOf(claim, { evidenceCount: claim._count.evidence + evidenceDelta }));
    if (!keeps.ok) return refuse(keeps, locale, values);
  }
  const version = claim.version + 1;
  const applied = await db.$transaction(async (tx) => {
    if (!(await bumpVersion(tx, claim.id, input.version, correctionData(claim.publication)))) return false;
    const what = await change(tx, version);
    if (correcting) await recordCorrection(tx, claim.id, actorId, [encodeNote(what)], input.correction, version);
    return true;
  });
  if (!applied) return conflictResult(claim.id, input.version, values, TYPED, locale);
  revalidateClaim(claim, correcting);
  const said = t(`VerificationActions.${done}`);
  return { ok: true, message: correcting ? `${said} ${t('VerificationActions.backInReview')}` : said };
}

function fieldsOf(input: EvidenceSnapshot): EvidenceSnapshot {
  return { url: input.url, title: input.title, note: input.note, relation: input.relation };
}

export const addEvidenceAction = claimAction(
  'claim:write',
  addEvidenceSchema,
  TYPED,
  async ({ user, row: claim, input, values, locale, t }) => {
    const fields = fieldsOf(input);
    return applyEvidenceChange(
      claim,
      { actorId: user.id, locale, t },
      input,
      values,
      1,
      async (tx, version) => {
        const evidence = await tx.evidence.create({
          data: { ...fields, claimId: claim.id, addedById: user.id, archiveState: 'QUEUED' },
          select: { id: true },
        });
        await enqueueJob('evidence-archive', { evidenceId: evidence.id, url: fields.url }, { tx });
        await tx.claimEvent.create({
          data: { claimId: claim.id, actorId: user.id, kind: 'EVIDENCE_ADDED', after: { evidenceId: evidence.id, ...fields, version } },
        });
        return [evidenceAddedPart(fields)];
      },
      'evidenceAdded',
    );
  },
);

export const editEvidenceAction = claimAction(
  'claim:write',
  editEvidenceSchema,
  TYPED,
  async ({ user, row: claim, input, values, locale, t }) => {
    const existing = await db.evidence.findFirst({ where: { id: input.evidenceId, claimId: claim.id }, select: EVIDENCE_FIELDS });
    if (!existing) return { ok: false, message: t('VerificationActions.evidenceGone'), values };
    const fields = fieldsOf(input);
    const changed = (Object.keys(fields) as (keyof EvidenceSnapshot)[]).filter((key) => existing[key] !== fields[key]);
    if (changed.length === 0) return { ok: true, message: t('Actions.nothingChanged') };
    const before = Object.fromEntries(changed.map((key) => [key, existing[key]]));
    const after = Object.fromEntries(changed.map((key) => [key, fields[key]]));
    return applyEvidenceChange(
      claim,
      { actorId: user.id, locale, t },
      input,
      values,
      0,
      async (tx, version) => {
        // A new URL is a new citation: its own copy, and the watch starts again from it.
        const newUrl = existing.url !== fields.url;
        await tx.evidence.update({ where: { id: existing.id }, data: newUrl ? { ...fields, ...NEW_CITATION } : fields });
        if (newUrl) await enqueueJob('evidence-archive', { evidenceId: existing.id, url: fields.url }, { tx });
        await tx.claimEvent.create({
          data: {
            claimId: claim.id,
            actorId: user.id,
            kind: 'EVIDENCE_EDITED',
            before: { evidenceId: existing.id, ...before },
            after: { evidenceId: existing.id, evidenceTitle: fields.title, ...after, version },
          },
        });
        return correctionParts({ evidence: before }, { evidence: after });
      },
      'evidenceSaved',
    );
  },
);

export const removeEvidenceAction = claimAction(
  'claim:write',
  removeEvidenceSchema,
  TYPED,
  async ({ user, row: claim, input, values, locale, t }) => {
    const existing = await db.evidence.findFirst({ where: { id: input.evidenceId, claimId: claim.id }, select: EVIDENCE_FIELDS });
    if (!existing) return { ok: false, message: t('VerificationActions.evidenceGoneAlready'), values };
    return applyEvidenceChange(
      claim,
      { actorId: user.id, locale, t },
      input,
      values,
      -1,
      async (tx, version) => {
        // The row goes; the event keeps every field of it, so the history stays whole.
        await tx.evidence.delete({ where: { id: existing.id } });
        await tx.claimEvent.create({
          data: {
            claimId: claim.id,
            actorId: user.id,
            kind: 'EVIDENCE_REMOVED',
            before: { evidenceId: existing.id, url: existing.url, title: existing.title, note: existing.note, relation: existing.relation },
            after: { version },
          },
        });
        return [evidenceRemovedPart(existing)];
      },
      'evidenceRemoved',
    );
  },
);
