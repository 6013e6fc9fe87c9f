// What the claim page's forms submit. Every form carries the claim version the editor loaded.
// Messages are catalogue keys, said in the editor's language by the action wrapper.
import { z } from 'zod';
import { MAX_EXPLANATION_LENGTH, isSafeHttpUrl } from '@/lib/claims/explanation';
import { normalizeLineEndings } from '@/lib/line-endings';
import { ClaimStatus, EvidenceRelation } from '@/lib/generated/prisma/enums';
import { RECORD_ID_PATTERN } from '@/lib/record-id';
import { refuseNul } from './nul';

const version = z.coerce.number({ error: 'Validation.versionMissing' }).int().min(1, 'Validation.versionMissing');
const id = (choose: string, missing: string) => z.string({ error: choose }).regex(RECORD_ID_PATTERN, missing);
/** Why a published verdict changes; empty unless the claim is published (the workflow decides). */
const correction = z.string().trim().max(2000, 'Validation.correctionTooLong').optional().default('');
const text = (max: number) => z.string().trim().max(max, 'Validation.tooLong');

export const verificationSchema = refuseNul(
  z.object({
    version,
    status: z.enum(ClaimStatus, { error: 'Validation.chooseStatus' }),
    explanation: z
      .string()
      .transform(normalizeLineEndings)
      .pipe(z.string().max(MAX_EXPLANATION_LENGTH, 'Validation.explanationTooLong'))
      .transform((s) => s.trim()),
    correction,
  }),
);

const evidenceFields = {
  url: z.string().trim().max(2000, 'Validation.addressTooLong').refine(isSafeHttpUrl, 'Validation.fullWebAddress'),
  title: text(300).min(1, 'Validation.evidenceTitleRequired'),
  note: text(2000).optional().default(''),
  relation: z.enum(EvidenceRelation, { error: 'Validation.chooseRelation' }),
};

const EVIDENCE_ID = id('Validation.chooseEvidence', 'Validation.noSuchEvidence');

export const addEvidenceSchema = refuseNul(z.object({ version, correction, ...evidenceFields }));
export const editEvidenceSchema = refuseNul(z.object({ version, correction, evidenceId: EVIDENCE_ID, ...evidenceFields }));
export const removeEvidenceSchema = refuseNul(z.object({ version, correction, evidenceId: EVIDENCE_ID }));

export const assignSchema = refuseNul(
  z.object({ version, assigneeId: z.union([z.literal(''), id('Validation.chooseEditor', 'Validation.chooseEditor')]) }),
);

export const versionOnlySchema = refuseNul(z.object({ version }));
export const sendBackSchema = refuseNul(z.object({ version, comment: text(2000).min(1, 'Validation.commentRequired') }));
export const reasonSchema = refuseNul(z.object({ version, reason: text(2000) }));

export type VerificationInput = z.infer<typeof verificationSchema>;
export type EvidenceInput = z.infer<typeof addEvidenceSchema>;
