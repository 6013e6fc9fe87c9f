import { CLAIM_STATUSES, STATUS_ORDER, type Locale } from '@/lib/claims/status';
import type { ClaimStatus } from '@/lib/generated/prisma/enums';

/** How many published claims got each verdict: bars for the eye, numbers and labels in words. */
export function TrackRecordChart({ counts, locale }: { counts: Map<ClaimStatus, number>; locale: Locale }) {
  const verdicts = STATUS_ORDER.filter((s) => CLAIM_STATUSES[s].isVerdict);
  const max = Math.max(1, ...verdicts.map((s) => counts.get(s) ?? 0));
  return (
    <table className="w-full text-sm" data-testid="track-record">
      <caption className="sr-only">Published verdicts by rating</caption>
      <tbody>
        {verdicts.map((status) => {
          const count = counts.get(status) ?? 0;
          return (
            <tr key={status}>
              <th scope="row" className="w-40 py-1 pr-3 text-left font-medium">
                {CLAIM_STATUSES[status].label[locale]}
              </th>
              <td className="py-1">
                <div className="flex items-center gap-2">
                  <div
                    aria-hidden="true"
                    className={`h-4 rounded-sm ${CLAIM_STATUSES[status].badgeClass}`}
                    style={{ width: `${(count / max) * 100}%`, minWidth: count ? '0.5rem' : 0 }}
                  />
                  <span className="tabular-nums">{count}</span>
                </div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
