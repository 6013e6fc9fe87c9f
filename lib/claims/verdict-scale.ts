// The published verdict scale, best first: each verdict with its ClaimReview rating, from the one
// dictionary the verdict pages and the markup use (status.ts). Pure.
import type { ClaimStatus } from '@/lib/generated/prisma/enums';
import { CLAIM_STATUSES, STATUS_ORDER } from './status';

/** The statuses a published verdict can have. */
export type VerdictStatus = Exclude<ClaimStatus, 'UNSTARTED' | 'IN_PROGRESS' | 'NOT_CHECKABLE'>;

export interface ScaleStep {
  status: VerdictStatus;
  rating: number;
}

function isVerdictStatus(status: ClaimStatus): status is VerdictStatus {
  return CLAIM_STATUSES[status].isVerdict && CLAIM_STATUSES[status].rating !== null;
}

export const VERDICT_SCALE: readonly ScaleStep[] = STATUS_ORDER.filter(isVerdictStatus)
  .map((status) => ({ status, rating: CLAIM_STATUSES[status].rating ?? 0 }))
  .sort((a, b) => b.rating - a.rating);

/** Where the methodology page explains a verdict: the verdict pages link there beside the rating. */
export function scaleAnchor(status: ClaimStatus): string {
  return `verdict-${status.toLowerCase().replaceAll('_', '-')}`;
}
