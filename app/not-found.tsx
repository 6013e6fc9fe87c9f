// Addresses outside every part of the site (and not-found calls from the desk). No language can be
// known here without reading the request, and this page stays static, so it speaks both; reader
// pages have their own, in the reader's language (app/[locale]/not-found.tsx).
import type { Metadata } from 'next';
import Link from 'next/link';
import { Document } from '@/components/document';
import { MESSAGES } from '@/lib/i18n/messages';
import { LOCALES } from '@/lib/i18n/locales';
import { localePath } from '@/lib/i18n/reader-paths';

export const metadata: Metadata = { title: `${MESSAGES.en.NotFound.metaTitle} / ${MESSAGES.id.NotFound.metaTitle}` };

export default function NotFound() {
  return (
    <Document lang="en">
      <main className="mx-auto max-w-xl space-y-10 px-4 py-24 text-center">
        {[...LOCALES].reverse().map((locale) => {
          const t = MESSAGES[locale].NotFound;
          return (
            <section key={locale} lang={locale}>
              <h1 className="text-2xl font-semibold">{t.title}</h1>
              <p className="mt-2 text-stone-600">{t.body}</p>
              <Link href={localePath(locale, '/')} className="mt-6 inline-block text-sky-800 underline">
                {t.home}
              </Link>
            </section>
          );
        })}
      </main>
    </Document>
  );
}
