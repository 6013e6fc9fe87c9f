import type { Role } from '@/lib/generated/prisma/enums';

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: 'Admin: manages users, may publish alone',
  EDITOR: 'Editor: checks and reviews claims',
  VIEWER: 'Viewer: reads the desk',
};

export function RoleOptions() {
  return (Object.keys(ROLE_LABELS) as Role[]).map((role) => (
    <option key={role} value={role}>
      {ROLE_LABELS[role]}
    </option>
  ));
}
