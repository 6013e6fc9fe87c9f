import { NextIntlClientProvider } from 'next-intl';
import { getLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { Document } from '@/components/document';
import { clientMessages } from '@/lib/i18n/client-messages';
import { isLocale } from '@/lib/i18n/locales';

// The desk speaks the editor's language (lib/i18n/desk-locale.ts); its client components (forms)
// get the part of that language's catalogue they use (lib/i18n/client-messages.ts) from the provider.
export default async function DeskRootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <Document lang={locale}>
      <NextIntlClientProvider messages={clientMessages(isLocale(locale) ? locale : 'en')}>{children}</NextIntlClientProvider>
    </Document>
  );
}
