import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { CurrentUser } from '@/lib/auth/current-user';
import { signOutAction } from '@/lib/actions/session';
import { can } from '@/lib/permissions';
import { Button } from '@/components/ui/button';
import { NotificationBell } from '@/components/notifications/notification-bell';

export async function DeskHeader({ user }: { user: CurrentUser }) {
  const t = await getTranslations('DeskHeader');
  const roles = await getTranslations('Role');
  const links = [
    { href: '/desk', label: t('desk') },
    { href: '/desk/articles', label: t('articles') },
    { href: '/desk/claims', label: t('claims') },
    { href: '/desk/sources', label: t('sources') },
    { href: '/desk/export', label: t('export') },
    { href: '/desk/inbox', label: t('inbox') },
    ...(can(user.role, 'reports:read') ? [{ href: '/desk/reports', label: t('reports') }] : []),
    ...(can(user.role, 'user:manage') ? [{ href: '/desk/users', label: t('users') }] : []),
    ...(can(user.role, 'site:manage') ? [{ href: '/desk/settings', label: t('settings') }] : []),
    ...(can(user.role, 'jobs:read') ? [{ href: '/desk/jobs', label: t('jobs') }] : []),
  ];
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/desk" className="font-serif text-lg font-semibold">
          ClaimDesk
        </Link>
        <nav aria-label={t('navLabel')} className="flex flex-wrap gap-1">
          {links.map((link) => (
            <Link key={link.href} href={link.href} className="rounded px-2 py-1 text-sm text-stone-700 hover:bg-stone-100">
              {link.label}
            </Link>
          ))}
          <Link href="/" className="rounded px-2 py-1 text-sm text-stone-700 hover:bg-stone-100">
            {t('publicSite')}
          </Link>
        </nav>
        <div className="ml-auto flex items-center gap-3 text-sm">
          <NotificationBell />
          <Link href="/desk/profile" data-testid="current-user" className="rounded px-2 py-1 hover:bg-stone-100" title={t('profile')}>
            {user.name} <span className="text-stone-500">· {roles(user.role === 'VIEWER' ? 'VIEWER_BADGE' : user.role)}</span>
          </Link>
          <form action={signOutAction}>
            <Button type="submit" variant="secondary">
              {t('signOut')}
            </Button>
          </form>
        </div>
      </div>
    </header>
  );
}
