import { useLocale } from 'next-intl';
import type { ClaimStatus } from '@/lib/generated/prisma/enums';
import { CLAIM_STATUSES, type Locale } from '@/lib/claims/status';
import { isLocale } from '@/lib/i18n/locales';

/** Colour plus the label in words: colour is never the only carrier of the verdict. Without a `locale`, the page's. */
export function StatusBadge({ status, locale, className = '' }: { status: ClaimStatus; locale?: Locale; className?: string }) {
  const pageLocale = useLocale();
  const shown = locale ?? (isLocale(pageLocale) ? pageLocale : 'en');
  const info = CLAIM_STATUSES[status];
  // `lang` lets a screen reader pronounce an Indonesian label beside English text correctly.
  return (
    <span lang={shown} className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${info.badgeClass} ${className}`}>
      {info.label[shown]}
    </span>
  );
}
