import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { CreateUserForm } from '@/components/users/create-user-form';
import { UserRowForms } from '@/components/users/user-row';
import { guardPage } from '@/lib/auth/guard';
import { listRecentUserAdminEvents, listUsersForAdmin } from '@/lib/data/users';
import { DeskTime } from '@/components/ui/desk-time';
import { describeUserAdminEvent } from '@/lib/users/admin-events';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('UsersPage'))('title') };
}

export default async function UsersPage() {
  const admin = await guardPage('user:manage', '/desk/users');
  const t = await getTranslations('UsersPage');
  const [users, changes] = await Promise.all([listUsersForAdmin(), listRecentUserAdminEvents()]);
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <section aria-labelledby="new-user" className="rounded-xl border border-stone-200 bg-white p-6">
        <h2 id="new-user" className="mb-4 text-lg font-medium">
          {t('newUser')}
        </h2>
        <CreateUserForm />
      </section>
      <section aria-labelledby="all-users" className="space-y-3">
        <h2 id="all-users" className="text-lg font-medium">
          {t('allUsers', { count: users.length })}
        </h2>
        <ul className="space-y-3">
          {users.map((user) => (
            <UserRowForms key={user.id} user={user} isSelf={user.id === admin.id} />
          ))}
        </ul>
      </section>
      <section aria-labelledby="recent-changes" className="space-y-3">
        <h2 id="recent-changes" className="text-lg font-medium">
          {t('recentChanges')}
        </h2>
        {changes.length === 0 ? (
          <p className="text-sm text-stone-600">{t('noChanges')}</p>
        ) : (
          <ul className="space-y-1 text-sm" data-testid="user-admin-events">
            {changes.map((change) => (
              <li key={change.id}>
                <span className="text-stone-600">
                  <DeskTime at={change.at} ago />
                </span>
                : {describeUserAdminEvent(change)}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
