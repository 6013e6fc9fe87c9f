import 'server-only';
import { db } from '@/lib/db';

export function listUsersForAdmin() {
  return db.user.findMany({
    orderBy: [{ disabled: 'asc' }, { email: 'asc' }],
    select: { id: true, email: true, name: true, role: true, disabled: true, createdAt: true },
  });
}

export type UserRow = Awaited<ReturnType<typeof listUsersForAdmin>>[number];
