import 'server-only';
import { requirePermission } from '@/lib/auth/guard';
import { db } from '@/lib/db';

export async function listUsersForAdmin() {
  await requirePermission('user:manage');
  return db.user.findMany({
    orderBy: [{ disabled: 'asc' }, { email: 'asc' }],
    select: { id: true, email: true, name: true, role: true, disabled: true, createdAt: true },
  });
}

export type UserRow = Awaited<ReturnType<typeof listUsersForAdmin>>[number];

/** The latest user-administration events, newest first, for the users page's "Recent changes". */
export async function listRecentUserAdminEvents(take = 20) {
  await requirePermission('user:manage');
  return db.userAdminEvent.findMany({
    orderBy: [{ at: 'desc' }, { kind: 'desc' }],
    take,
    select: {
      id: true,
      kind: true,
      before: true,
      after: true,
      at: true,
      actor: { select: { name: true } },
      target: { select: { name: true, email: true } },
    },
  });
}
