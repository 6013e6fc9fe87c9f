// What the "Sources changed" queue's forms submit. Messages are catalogue keys.
import { z } from 'zod';
import { MIN_REASON_LENGTH } from '@/lib/claims/workflow';
import { refuseNul } from './nul';

/** "No effect on the verdict" must say why: the reason is the audit trail's only account of it. */
export const noEffectSchema = refuseNul(
  z.object({
    reason: z
      .string({ error: 'SourceChanges.reasonRequired' })
      .trim()
      .min(1, { error: 'SourceChanges.reasonRequired', abort: true })
      .min(MIN_REASON_LENGTH, 'Validation.tooShort')
      .max(2000, 'Validation.tooLong'),
  }),
);

/** Opening a correction takes nothing: its note is written in the claim page's correction flow. */
export const openCorrectionSchema = z.object({}).loose();
