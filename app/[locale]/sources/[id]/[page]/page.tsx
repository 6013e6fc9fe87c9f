// Older pages of a source's track record: /<locale>/sources/<id>/2, /3, ... (page 1 is
// /<locale>/sources/<id>). A path, not ?page=, so each page is cached like page 1.
import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SourceTrackRecord, trackRecordPath } from '@/components/public/source-track-record';
import { getSourceTrackRecord } from '@/lib/data/public-index';
import { languageAlternates } from '@/lib/i18n/alternates';
import { isLocale } from '@/lib/i18n/locales';
import { localePath } from '@/lib/i18n/reader-paths';
import { getPublicSite } from '@/lib/public-site';

export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

type Params = Promise<{ locale: string; id: string; page: string }>;

/** A page number as written in the path, or null ("02", "1e3" and "-1" are not page numbers). */
function pageNumber(segment: string): number | null {
  return /^[1-9]\d{0,5}$/.test(segment) ? Number(segment) : null;
}

async function read(params: Params) {
  const { locale, id, page } = await params;
  const n = pageNumber(page);
  return { locale: isLocale(locale) ? locale : 'en', id, n, record: n ? await getSourceTrackRecord(id, n) : null };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, id, n, record } = await read(params);
  if (!record || !n) return { title: (await getTranslations({ locale, namespace: 'NotFound' }))('metaTitle') };
  const t = await getTranslations({ locale, namespace: 'Sources' });
  return {
    title: t('metaTitlePage', { name: record.source.name, page: n }),
    alternates: { languages: languageAlternates(getPublicSite().baseUrl, trackRecordPath(id, n)) },
  };
}

export default async function SourceTrackRecordOlderPage({ params }: { params: Params }) {
  const { locale, id, n, record } = await read(params);
  setRequestLocale(locale);
  if (n === null) notFound();
  if (n === 1) permanentRedirect(localePath(locale, trackRecordPath(id, 1)));
  if (!record || record.claims.length === 0) notFound();
  return <SourceTrackRecord record={record} locale={locale} />;
}
