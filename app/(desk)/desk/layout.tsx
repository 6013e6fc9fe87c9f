import type { ReactNode } from 'react';
import { redirect } from 'next/navigation';
import { DeskHeader } from '@/components/desk/desk-header';
import { getCurrentUser } from '@/lib/auth/current-user';

export default async function DeskLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  if (!user) redirect('/login');
  return (
    <div className="min-h-screen">
      <a href="#content" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2">Skip to content</a>
      <DeskHeader user={user} />
      <main id="content" className="mx-auto max-w-7xl px-4 py-8">{children}</main>
    </div>
  );
}
