import type { ClaimStatus } from '@/lib/generated/prisma/enums';
import { CLAIM_STATUSES, type Locale } from '@/lib/claims/status';

/** Colour plus the label in words: colour is never the only carrier of the verdict. */
export function StatusBadge({ status, locale = 'en', className = '' }: { status: ClaimStatus; locale?: Locale; className?: string }) {
  const info = CLAIM_STATUSES[status];
  // `lang` lets a screen reader pronounce an Indonesian label beside English text correctly.
  return (
    <span lang={locale} className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${info.badgeClass} ${className}`}>
      {info.label[locale]}
    </span>
  );
}
