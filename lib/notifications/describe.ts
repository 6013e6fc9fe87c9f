// What a notification says, in one sentence, for the inbox and the e-mail alike. Pure: the caller
// passes a translator of the recipient's language (lib/i18n/localise.ts), no Next, no Prisma.
import type { NotificationKind } from '@/lib/generated/prisma/enums';

export const NOTIFICATION_KINDS = [
  'ASSIGNED',
  'REVIEW_REQUESTED',
  'VERDICT_OUTCOME',
  'MENTIONED',
  'REPORT_LINKED',
] as const satisfies readonly NotificationKind[];

export interface NotificationFacts {
  kind: NotificationKind;
  data: unknown;
  actorName: string;
  claimSummary: string;
}

type Outcome = 'approved' | 'sentBack' | 'corrected';

function outcomeOf(data: unknown): Outcome {
  const outcome = data && typeof data === 'object' && 'outcome' in data ? data.outcome : null;
  return outcome === 'sentBack' || outcome === 'corrected' ? outcome : 'approved';
}

/** The catalogue key (under "Notifications") and its values for one notification. */
export function notificationMessage(facts: NotificationFacts): { key: string; values: { actor: string; claim: string } } {
  const values = { actor: facts.actorName, claim: facts.claimSummary };
  switch (facts.kind) {
    case 'ASSIGNED':
      return { key: 'assigned', values };
    case 'REVIEW_REQUESTED':
      return { key: 'reviewRequested', values };
    case 'VERDICT_OUTCOME':
      return { key: `outcome_${outcomeOf(facts.data)}`, values };
    case 'MENTIONED':
      return { key: 'mentioned', values };
    case 'REPORT_LINKED':
      return { key: 'reportLinked', values };
  }
}

/** Where opening a notification leads: the claim, at the comment when there is one. */
export function notificationTarget({ claimId, commentId }: { claimId: string; commentId: string | null }): string {
  return `/desk/claims/${claimId}${commentId ? `#comment-${commentId}` : ''}`;
}
