import type { ReactNode } from 'react';
import Link from 'next/link';

export default function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#content"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      <header className="border-b border-stone-200 bg-white">
        <div className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <Link href="/" className="font-serif text-xl font-semibold">
            ClaimDesk
          </Link>
          <nav aria-label="Site" className="flex gap-4 text-sm">
            <Link href="/" className="text-stone-700 hover:underline">
              Latest fact checks
            </Link>
            <a href="/claims.json" className="text-stone-700 hover:underline">
              Data feed
            </a>
          </nav>
        </div>
      </header>
      {/* The one main landmark of every reader page (pages render their content inside it). */}
      <main id="content" className="mx-auto w-full max-w-4xl flex-1 px-4 py-8">
        {children}
      </main>
      <footer className="border-t border-stone-200 bg-white">
        <div className="mx-auto max-w-4xl px-4 py-4 text-sm text-stone-600">
          Verdicts are checked by two editors before publication.{' '}
          <Link href="/login" className="underline">
            Editors sign in
          </Link>
          .
        </div>
      </footer>
    </div>
  );
}
