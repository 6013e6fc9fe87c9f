// The status choices, grouped as working states, verdicts and "not checkable", in both languages.
// The option text keeps both languages on purpose: the verdict is published in both.
import { useTranslations } from 'next-intl';
import { CLAIM_STATUSES } from '@/lib/claims/status';
import type { ClaimStatus } from '@/lib/generated/prisma/enums';

const GROUPS: ['working' | 'verdict' | 'noVerdict', ClaimStatus[]][] = [
  ['working', ['UNSTARTED', 'IN_PROGRESS']],
  ['verdict', ['TRUE', 'PARTLY_TRUE', 'UNPROVEN', 'MISLEADING', 'FALSE']],
  ['noVerdict', ['NOT_CHECKABLE']],
];

export function StatusOptions() {
  const t = useTranslations('DeskCommon.statusGroup');
  return GROUPS.map(([group, statuses]) => (
    <optgroup key={group} label={t(group)}>
      {statuses.map((status) => (
        <option key={status} value={status}>
          {CLAIM_STATUSES[status].label.en} ({CLAIM_STATUSES[status].label.id})
        </option>
      ))}
    </optgroup>
  ));
}
