// The reader pages' root layout: one static version per language (/id/..., /en/...), the language
// from the path only (lib/i18n/reader-paths.ts explains why), declared in <html lang>.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { NextIntlClientProvider } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { Document } from '@/components/document';
import { LanguageSwitch } from '@/components/public/language-switch';
import { isLocale, LOCALES } from '@/lib/i18n/locales';
import { pickMessages, READER_CLIENT_NAMESPACES } from '@/lib/i18n/client-messages';
import { localePath } from '@/lib/i18n/reader-paths';
import { getPublicSite } from '@/lib/public-site';

type Params = Promise<{ locale: string }>;

export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Site' });
  // Absolute URLs (the social card image) are made on the readers' origin.
  return { description: t('description'), metadataBase: new URL(getPublicSite().baseUrl) };
}

export default async function ReaderLayout({ children, params }: { children: ReactNode; params: Params }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Site' });
  const switchLabel = (await getTranslations({ locale, namespace: 'LanguageSwitch' }))('label');
  const home = localePath(locale, '/');
  // Client components below (the not-found and error pages) get only the words they show.
  const clientMessages = pickMessages(locale, READER_CLIENT_NAMESPACES);
  return (
    <Document lang={locale}>
      <NextIntlClientProvider locale={locale} messages={clientMessages} timeZone="UTC">
        <div className="flex min-h-screen flex-col">
          <a
            href="#content"
            className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2"
          >
            {t('skipToContent')}
          </a>
          <header className="border-b border-stone-200 bg-white">
            <div className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-3 px-4 py-3">
              <Link href={home} className="font-serif text-xl font-semibold">
                ClaimDesk
              </Link>
              <div className="flex flex-wrap items-center gap-4">
                <nav aria-label={t('navLabel')} className="flex gap-4 text-sm">
                  <Link href={home} className="text-stone-700 hover:underline">
                    {t('latest')}
                  </Link>
                  <Link href={localePath(locale, '/methodology')} className="text-stone-700 hover:underline">
                    {t('methodology')}
                  </Link>
                  <a href="/claims.json" className="text-stone-700 hover:underline">
                    {t('dataFeed')}
                  </a>
                </nav>
                <LanguageSwitch current={locale} label={switchLabel} />
              </div>
            </div>
          </header>
          {/* The one main landmark of every reader page (pages render their content inside it). */}
          <main id="content" className="mx-auto w-full max-w-4xl flex-1 px-4 py-8">
            {children}
          </main>
          <footer className="border-t border-stone-200 bg-white" data-testid="site-footer">
            <div className="mx-auto max-w-4xl space-y-2 px-4 py-4 text-sm text-stone-600">
              <nav aria-label={t('aboutNavLabel')}>
                <ul className="flex flex-wrap gap-x-4 gap-y-1">
                  <li>
                    <Link href={localePath(locale, '/methodology')} className="underline">
                      {t('methodology')}
                    </Link>
                  </li>
                  <li>
                    <Link href={localePath(locale, '/corrections')} className="underline">
                      {t('corrections')}
                    </Link>
                  </li>
                  <li>
                    <Link href={localePath(locale, '/about')} className="underline">
                      {t('about')}
                    </Link>
                  </li>
                  <li>
                    <a href="/feed.xml" className="underline">
                      {t('atomFeed')}
                    </a>
                  </li>
                </ul>
              </nav>
              {t('footer')}{' '}
              <Link href="/login" className="underline">
                {t('signIn')}
              </Link>
              .
            </div>
          </footer>
        </div>
      </NextIntlClientProvider>
    </Document>
  );
}
