import type { ReactNode } from 'react';
import { redirect } from 'next/navigation';
import { DeskHeader } from '@/components/desk/desk-header';
import { getCurrentUser } from '@/lib/auth/current-user';

export default async function DeskLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  if (!user) redirect('/login');
  return (
    <div className="min-h-screen">
      <DeskHeader user={user} />
      <main className="mx-auto max-w-7xl px-4 py-8">{children}</main>
    </div>
  );
}
