import { getTranslations } from 'next-intl/server';
import type { ClaimStatus } from '@/lib/generated/prisma/enums';
import { BEST_RATING, CLAIM_STATUSES } from '@/lib/claims/status';
import type { Locale } from '@/lib/i18n/locales';

/** The verdict as a badge: colour plus its label in words, and the rating for screen readers. */
export async function VerdictBadge({ status, locale, size = 'md' }: { status: ClaimStatus; locale: Locale; size?: 'md' | 'lg' }) {
  const t = await getTranslations({ locale, namespace: 'Status' });
  const info = CLAIM_STATUSES[status];
  const sizing = size === 'lg' ? ' verdict-badge-lg' : '';
  return (
    <span data-testid="verdict-badge" className={`verdict-badge ${info.badgeClass}${sizing}`}>
      {t(status)}
      {info.rating !== null ? <span className="sr-only">{t('rating', { rating: info.rating, best: BEST_RATING })}</span> : null}
    </span>
  );
}
