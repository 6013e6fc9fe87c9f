import { getFormatter, getTranslations } from 'next-intl/server';
import { CLAIM_STATUSES, STATUS_ORDER } from '@/lib/claims/status';
import type { ClaimStatus } from '@/lib/generated/prisma/enums';
import type { Locale } from '@/lib/i18n/locales';

type Stance = 'ASSERTS' | 'DENIES';

/**
 * How many published claims got each verdict, for the claims a source made or for those it denied:
 * bars for the eye, numbers and labels in words.
 */
export async function TrackRecordChart({ counts, stance, locale }: { counts: Map<ClaimStatus, number>; stance: Stance; locale: Locale }) {
  const status = await getTranslations({ locale, namespace: 'Status' });
  const t = await getTranslations({ locale, namespace: 'Sources' });
  const format = await getFormatter({ locale });
  const verdicts = STATUS_ORDER.filter((s) => CLAIM_STATUSES[s].isVerdict);
  const max = Math.max(1, ...verdicts.map((s) => counts.get(s) ?? 0));
  return (
    <table className="w-full text-sm" data-testid={`track-record-${stance}`}>
      <caption className="sr-only">{t('chartCaption', { stance })}</caption>
      <tbody>
        {verdicts.map((verdict) => {
          const count = counts.get(verdict) ?? 0;
          return (
            <tr key={verdict}>
              <th scope="row" className="w-40 py-1 pr-3 text-left font-medium">
                {status(verdict)}
              </th>
              <td className="py-1">
                <div className="flex items-center gap-2">
                  <div
                    aria-hidden="true"
                    className={`h-4 rounded-sm ${CLAIM_STATUSES[verdict].badgeClass}`}
                    style={{ width: `${(count / max) * 100}%`, minWidth: count ? '0.5rem' : 0 }}
                  />
                  <span className="tabular-nums">{format.number(count)}</span>
                </div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
