import type { ReactNode } from 'react';

/**
 * The <html> and <body> of a page. Each part of the site is its own root layout (app/layout.tsx
 * only passes through), so that reader pages can declare their language in <html lang> from the
 * [locale] segment while staying static; the desk, the login page and the error pages use this too.
 */
export function Document({ lang, children }: { lang: string; children: ReactNode }) {
  return (
    <html lang={lang}>
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
