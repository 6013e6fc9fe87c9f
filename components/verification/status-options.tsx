// The status choices, grouped as working states, verdicts and "not checkable", in both languages.
import { CLAIM_STATUSES } from '@/lib/claims/status';
import type { ClaimStatus } from '@/lib/generated/prisma/enums';

const GROUPS: [string, ClaimStatus[]][] = [
  ['Working', ['UNSTARTED', 'IN_PROGRESS']],
  ['Verdict', ['TRUE', 'PARTLY_TRUE', 'UNPROVEN', 'MISLEADING', 'FALSE']],
  ['No verdict', ['NOT_CHECKABLE']],
];

export function StatusOptions() {
  return GROUPS.map(([label, statuses]) => (
    <optgroup key={label} label={label}>
      {statuses.map((status) => (
        <option key={status} value={status}>
          {CLAIM_STATUSES[status].label.en} ({CLAIM_STATUSES[status].label.id})
        </option>
      ))}
    </optgroup>
  ));
}
