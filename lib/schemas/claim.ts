// What the workspace's claim form submits: where the claim was said (an attribution) and, for a new
// claim, the statement; or the existing claim the attribution belongs to.
import { z } from 'zod';
import { ClaimStatus, SourceKind, Stance } from '@/lib/generated/prisma/enums';
import { refuseNul } from './nul';

// Messages are catalogue keys (ClaimActions), said in the editor's language by the action wrapper.
const offset = () =>
  z.coerce.number({ error: 'ClaimActions.offsetNotNumber' }).int('ClaimActions.offsetNotNumber').min(0, 'ClaimActions.offsetOutside');

/** The fields without the NUL rule, for `.omit()` (see ./nul.ts); parse with claimFieldsSchema. */
export const claimFieldsShape = z.object({
  quoteStart: offset(),
  quoteEnd: offset(),
  /** What the editor saw selected; must still match the body, or the article changed meanwhile. */
  quoteText: z.string().min(1, 'ClaimActions.selectWords').max(20_000, 'ClaimActions.quoteTooLong'),
  sourceName: z.string().trim().max(200, 'ClaimActions.sourceTooLong'),
  sourceKind: z.enum(SourceKind, { error: 'ClaimActions.chooseKind' }),
  cue: z.string().trim().max(200, 'ClaimActions.cueTooLong'),
  stance: z.enum(Stance, { error: 'ClaimActions.chooseStance' }),
  summary: z.string().trim().min(1, 'ClaimActions.statementRequired').max(2000, 'ClaimActions.statementTooLong'),
  status: z.enum(ClaimStatus, { error: 'ClaimActions.chooseStatus' }),
});

export const claimFieldsSchema = refuseNul(claimFieldsShape);

/** The selection linked to an existing claim: no statement or status of its own (the claim has them). */
export const linkAttributionSchema = refuseNul(
  claimFieldsShape.omit({ summary: true, status: true }).extend({
    claimId: z.string().trim().min(1, 'ClaimActions.chooseClaim').max(40, 'ClaimActions.noTarget'),
  }),
);

export const updateClaimSchema = refuseNul(
  claimFieldsShape.extend({
    version: z.coerce.number().int().min(1),
  }),
);

export type ClaimFields = z.infer<typeof claimFieldsSchema>;
export type AttributionFields = Omit<ClaimFields, 'summary' | 'status'>;
