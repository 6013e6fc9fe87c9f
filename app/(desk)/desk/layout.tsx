import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { DeskHeader } from '@/components/desk/desk-header';
import { guardPage } from '@/lib/auth/guard';

export default async function DeskLayout({ children }: { children: ReactNode }) {
  // Not the desk's only guard: a layout's redirect does not stop its page from rendering, so every
  // page and every data read checks for itself (lib/auth/guard.ts).
  const user = await guardPage('desk:read');
  const t = await getTranslations('DeskHeader');
  return (
    <div className="min-h-screen">
      <a
        href="#content"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        {t('skipToContent')}
      </a>
      <DeskHeader user={user} />
      <main id="content" className="mx-auto max-w-7xl px-4 py-8">
        {children}
      </main>
    </div>
  );
}
