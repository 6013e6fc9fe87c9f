import { NextIntlClientProvider } from 'next-intl';
import { getLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { Document } from '@/components/document';
import { clientMessages } from '@/lib/i18n/client-messages';
import { isLocale } from '@/lib/i18n/locales';

// The login page speaks the browser's language (cookie, Accept-Language, DEFAULT_LOCALE: lib/i18n/desk-locale.ts);
// the login form gets its words from the provider.
export default async function AuthRootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <Document lang={locale}>
      <NextIntlClientProvider messages={clientMessages(isLocale(locale) ? locale : 'en')}>{children}</NextIntlClientProvider>
    </Document>
  );
}
