import { NextIntlClientProvider } from 'next-intl';
import { getLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { Document } from '@/components/document';

// The desk speaks the editor's language (lib/i18n/desk-locale.ts); its client components (forms)
// get the catalogue of that language from the provider.
export default async function DeskRootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <Document lang={locale}>
      <NextIntlClientProvider>{children}</NextIntlClientProvider>
    </Document>
  );
}
