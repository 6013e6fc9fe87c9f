import { NextIntlClientProvider } from 'next-intl';
import { getLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { Document } from '@/components/document';
import { LOGIN_CLIENT_NAMESPACES, pickMessages } from '@/lib/i18n/client-messages';
import { isLocale } from '@/lib/i18n/locales';

// The login page speaks the browser's language (cookie, Accept-Language, DEFAULT_LOCALE: lib/i18n/desk-locale.ts);
// the login form gets its words from the provider, and only those (not the desk forms' 27 kB).
export default async function AuthRootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <Document lang={locale}>
      <NextIntlClientProvider messages={pickMessages(isLocale(locale) ? locale : 'en', LOGIN_CLIENT_NAMESPACES)}>
        {children}
      </NextIntlClientProvider>
    </Document>
  );
}
