// What the claim page's forms submit. Every form carries the claim version the editor loaded.
import { z } from 'zod';
import { MAX_EXPLANATION_LENGTH, isSafeHttpUrl } from '@/lib/claims/explanation';
import { normalizeLineEndings } from '@/lib/line-endings';
import { ClaimStatus, EvidenceRelation } from '@/lib/generated/prisma/enums';
import { RECORD_ID_PATTERN } from '@/lib/record-id';
import { refuseNul } from './nul';

const version = z.coerce
  .number({ error: 'The form is missing the version you loaded: reload the page.' })
  .int()
  .min(1, 'The form is missing the version you loaded: reload the page.');
const id = (what: string) => z.string({ error: `Choose ${what}.` }).regex(RECORD_ID_PATTERN, `That ${what} does not exist.`);
/** Why a published verdict changes; empty unless the claim is published (the workflow decides). */
const correction = z.string().trim().max(2000, 'Use at most 2,000 characters for the correction note.').optional().default('');
const text = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max.toLocaleString('en')} characters for the ${label}.`);

export const verificationSchema = refuseNul(
  z.object({
    version,
    status: z.enum(ClaimStatus, { error: 'Choose a status from the list.' }),
    explanation: z
      .string()
      .transform(normalizeLineEndings)
      .pipe(
        z
          .string()
          .max(MAX_EXPLANATION_LENGTH, `The explanation is too long: at most ${MAX_EXPLANATION_LENGTH.toLocaleString('en')} characters.`),
      )
      .transform((s) => s.trim()),
    correction,
  }),
);

const evidenceFields = {
  url: z
    .string()
    .trim()
    .max(2000, 'That address is too long.')
    .refine(isSafeHttpUrl, 'Use a full web address starting with http:// or https://.'),
  title: text('title', 300).min(1, 'Give the evidence a title.'),
  note: text('note', 2000).optional().default(''),
  relation: z.enum(EvidenceRelation, { error: 'Choose supports, refutes or context.' }),
};

export const addEvidenceSchema = refuseNul(z.object({ version, correction, ...evidenceFields }));
export const editEvidenceSchema = refuseNul(z.object({ version, correction, evidenceId: id('evidence'), ...evidenceFields }));
export const removeEvidenceSchema = refuseNul(z.object({ version, correction, evidenceId: id('evidence') }));

export const assignSchema = refuseNul(z.object({ version, assigneeId: z.union([z.literal(''), id('editor')]) }));

export const versionOnlySchema = refuseNul(z.object({ version }));
export const sendBackSchema = refuseNul(z.object({ version, comment: text('comment', 2000).min(1, 'Say what needs to change.') }));
export const reasonSchema = refuseNul(z.object({ version, reason: text('reason', 2000) }));

export type VerificationInput = z.infer<typeof verificationSchema>;
export type EvidenceInput = z.infer<typeof addEvidenceSchema>;
