import type { Metadata } from 'next';
import { forbidden, redirect } from 'next/navigation';
import { CreateUserForm } from '@/components/users/create-user-form';
import { UserRowForms } from '@/components/users/user-row';
import { authorize } from '@/lib/auth/current-user';
import { listUsersForAdmin } from '@/lib/data/users';

export const metadata: Metadata = { title: 'Users' };

export default async function UsersPage() {
  const access = await authorize('user:manage');
  if (!access.ok) {
    if (access.status === 401) redirect('/login?callbackUrl=/desk/users');
    forbidden();
  }
  const users = await listUsersForAdmin();
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold">Users</h1>
      <section aria-labelledby="new-user" className="rounded-xl border border-stone-200 bg-white p-6">
        <h2 id="new-user" className="mb-4 text-lg font-medium">New user</h2>
        <CreateUserForm />
      </section>
      <section aria-labelledby="all-users" className="space-y-3">
        <h2 id="all-users" className="text-lg font-medium">All users ({users.length})</h2>
        <ul className="space-y-3">
          {users.map((user) => (
            <UserRowForms key={user.id} user={user} isSelf={user.id === access.user.id} />
          ))}
        </ul>
      </section>
    </div>
  );
}
