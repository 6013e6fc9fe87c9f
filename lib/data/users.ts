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
