// What the workspace's claim form submits: where the claim was said (an attribution) and, for a new
// claim, the statement; or the existing claim the attribution belongs to.
import { z } from 'zod';
import { ClaimStatus, SourceKind, Stance } from '@/lib/generated/prisma/enums';
import { refuseNul } from './nul';

const offset = (label: string) =>
  z.coerce
    .number({ error: `The ${label} of the quote is not a number.` })
    .int(`The ${label} of the quote is not a whole number.`)
    .min(0, `The ${label} of the quote is outside the article text.`);

/** The fields without the NUL rule, for `.omit()` (see ./nul.ts); parse with claimFieldsSchema. */
export const claimFieldsShape = z.object({
  quoteStart: offset('start'),
  quoteEnd: offset('end'),
  /** What the editor saw selected; must still match the body, or the article changed meanwhile. */
  quoteText: z
    .string()
    .min(1, 'Select the words of the claim in the article.')
    .max(20_000, 'The quote is too long (at most 20,000 characters).'),
  sourceName: z.string().trim().max(200, 'Use at most 200 characters for the source.'),
  sourceKind: z.enum(SourceKind, { error: 'Choose what kind of source this is.' }),
  cue: z.string().trim().max(200, 'Use at most 200 characters for the cue.'),
  stance: z.enum(Stance, { error: 'Choose asserts or denies.' }),
  summary: z.string().trim().min(1, 'Write the checkable statement.').max(2000, 'Use at most 2,000 characters for the summary.'),
  status: z.enum(ClaimStatus, { error: 'Choose a status.' }),
});

export const claimFieldsSchema = refuseNul(claimFieldsShape);

/** The selection linked to an existing claim: no statement or status of its own (the claim has them). */
export const linkAttributionSchema = refuseNul(
  claimFieldsShape.omit({ summary: true, status: true }).extend({
    claimId: z.string().trim().min(1, 'Choose the claim these words belong to.').max(40, 'That claim does not exist.'),
  }),
);

export const updateClaimSchema = refuseNul(
  claimFieldsShape.extend({
    version: z.coerce.number().int().min(1),
  }),
);

export type ClaimFields = z.infer<typeof claimFieldsSchema>;
export type AttributionFields = Omit<ClaimFields, 'summary' | 'status'>;
