import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SourceTrackRecord, trackRecordPath } from '@/components/public/source-track-record';
import { getSourceTrackRecord } from '@/lib/data/public-index';
import { languageAlternates } from '@/lib/i18n/alternates';
import { isLocale } from '@/lib/i18n/locales';
import { getPublicSite } from '@/lib/public-site';

export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

type Params = Promise<{ locale: string; id: string }>;

async function read(params: Params) {
  const { locale, id } = await params;
  return { locale: isLocale(locale) ? locale : 'en', id, record: await getSourceTrackRecord(id) };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, id, record } = await read(params);
  if (!record) return { title: (await getTranslations({ locale, namespace: 'NotFound' }))('metaTitle') };
  const t = await getTranslations({ locale, namespace: 'Sources' });
  return {
    title: t('metaTitle', { name: record.source.name }),
    alternates: { languages: languageAlternates(getPublicSite().baseUrl, trackRecordPath(id, 1)) },
  };
}

export default async function SourceTrackRecordPage({ params }: { params: Params }) {
  const { locale, record } = await read(params);
  setRequestLocale(locale);
  if (!record || record.claims.length === 0) notFound();
  return <SourceTrackRecord record={record} locale={locale} />;
}
