'use client';
// A reader page that does not exist, in the reader's language (from the layout's provider: a
// not-found page receives no params).
import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { isLocale } from '@/lib/i18n/locales';
import { localePath } from '@/lib/i18n/reader-paths';

export default function ReaderNotFound() {
  const t = useTranslations('NotFound');
  const locale = useLocale();
  const home = localePath(isLocale(locale) ? locale : 'en', '/');
  return (
    <div className="py-16 text-center">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <p className="mt-2 text-stone-600">{t('body')}</p>
      <Link href={home} className="mt-6 inline-block text-sky-800 underline">
        {t('home')}
      </Link>
    </div>
  );
}
