// The public index's searches, each rendered on its first request and then served from the page
// cache (the plain `/<lang>` is app/[locale]/page.tsx). proxy.ts rewrites `/<lang>?q=...&verdict=...`
// here with its canonical query string (lib/http/index-search.ts, base64url) as the one segment.
// Readers keep the `/<lang>?q=` addresses; equal searches share one cached page; the list's tag
// (publishing, correcting, unpublishing) expires them all. No search is rendered at build time.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { paramsOfSearchSegment } from '@/lib/http/index-search';
import { indexLocale, indexMetadata, PublicIndexView } from '../../public-index-view';

type Params = Promise<{ locale: string; query: string }>;

// A search is kept a minute at most, unless a publication expires it first.
export const revalidate = 60;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return indexMetadata(indexLocale((await params).locale));
}

export default async function PublicSearchPage({ params }: { params: Params }) {
  const { locale, query } = await params;
  const searchParams = paramsOfSearchSegment(query);
  if (!searchParams) notFound();
  return <PublicIndexView locale={indexLocale(locale)} params={searchParams} />;
}
