import Link from 'next/link';
import type { CurrentUser } from '@/lib/auth/current-user';
import { signOutAction } from '@/lib/actions/session';
import { can } from '@/lib/permissions';
import { Button } from '@/components/ui/button';

const ROLE_BADGE: Record<CurrentUser['role'], string> = { ADMIN: 'Admin', EDITOR: 'Editor', VIEWER: 'Viewer (read-only)' };

export function DeskHeader({ user }: { user: CurrentUser }) {
  const links = [
    { href: '/desk', label: 'Desk' },
    { href: '/desk/articles', label: 'Articles' },
    { href: '/desk/claims', label: 'Claims' },
    { href: '/desk/sources', label: 'Sources' },
    { href: '/desk/export', label: 'Export' },
    ...(can(user.role, 'user:manage') ? [{ href: '/desk/users', label: 'Users' }] : []),
  ];
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/desk" className="font-serif text-lg font-semibold">
          ClaimDesk
        </Link>
        <nav aria-label="Desk" className="flex flex-wrap gap-1">
          {links.map((link) => (
            <Link key={link.href} href={link.href} className="rounded px-2 py-1 text-sm text-stone-700 hover:bg-stone-100">
              {link.label}
            </Link>
          ))}
          <Link href="/" className="rounded px-2 py-1 text-sm text-stone-700 hover:bg-stone-100">
            Public site
          </Link>
        </nav>
        <div className="ml-auto flex items-center gap-3 text-sm">
          <span data-testid="current-user">
            {user.name} <span className="text-stone-500">· {ROLE_BADGE[user.role]}</span>
          </span>
          <form action={signOutAction}>
            <Button type="submit" variant="secondary">
              Sign out
            </Button>
          </form>
        </div>
      </div>
    </header>
  );
}
