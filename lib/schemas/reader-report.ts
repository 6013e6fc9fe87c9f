// What a reader's tip or error report submits, for the form action and the API alike. Messages are
// catalogue keys. The honeypot field (`website`) is not here: it is checked apart (submit.ts).
import { z } from 'zod';
import { normalizeLineEndings } from '@/lib/line-endings';
import { RECORD_ID_PATTERN } from '@/lib/record-id';
import { refuseNul } from './nul';

import { MAX_REPORT_LENGTH } from '@/lib/reader-reports/limits';

export { MAX_REPORT_LENGTH };

export const readerReportSchema = refuseNul(
  z
    .object({
      kind: z.enum(['TIP', 'ERROR'], { error: 'ReaderReports.badKind' }),
      text: z
        .string({ error: 'ReaderReports.textRequired' })
        .transform(normalizeLineEndings)
        .transform((s) => s.trim())
        .pipe(z.string().min(1, 'ReaderReports.textRequired').max(MAX_REPORT_LENGTH, 'ReaderReports.textTooLong')),
      email: z
        .string()
        .optional()
        .default('')
        .transform((s) => s.trim().toLowerCase())
        .pipe(z.union([z.literal(''), z.email('Validation.emailInvalid').max(254, 'Validation.emailTooLong')])),
      claimId: z.string().optional().default(''),
    })
    .superRefine((input, context) => {
      if (input.kind === 'ERROR' && !RECORD_ID_PATTERN.test(input.claimId))
        context.addIssue({ code: 'custom', path: ['claimId'], message: 'ReaderReports.noClaim' });
    }),
);

export type ReaderReportInput = z.output<typeof readerReportSchema>;

/** The desk's two steps on a report. */
export const linkReportSchema = refuseNul(
  z.object({
    claimId: z.string().trim().regex(RECORD_ID_PATTERN, 'ReaderReports.chooseClaim'),
    correctionId: z
      .string()
      .trim()
      .optional()
      .default('')
      .refine((id) => id === '' || RECORD_ID_PATTERN.test(id), 'ReaderReports.chooseCorrection'),
  }),
);

export const closeReportSchema = refuseNul(
  z.object({
    reason: z.string().trim().min(1, 'ReaderReports.reasonRequired').max(1000, 'Validation.tooLong'),
  }),
);
