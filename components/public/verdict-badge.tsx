import type { ClaimStatus } from '@/lib/generated/prisma/enums';
import { CLAIM_STATUSES, type Locale } from '@/lib/claims/status';

/** The verdict as a badge: colour plus its label in words, and the rating for screen readers. */
export function VerdictBadge({ status, locale, size = 'md' }: { status: ClaimStatus; locale: Locale; size?: 'md' | 'lg' }) {
  const info = CLAIM_STATUSES[status];
  const sizing = size === 'lg' ? 'px-3 py-1.5 text-lg' : 'px-2 py-0.5 text-sm';
  return (
    <span data-testid="verdict-badge" className={`inline-flex items-center gap-2 rounded font-semibold ${info.badgeClass} ${sizing}`}>
      {info.label[locale]}
      {info.rating !== null ? <span className="sr-only">({info.rating} of 5)</span> : null}
    </span>
  );
}
