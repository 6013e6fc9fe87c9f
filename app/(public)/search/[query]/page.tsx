// The public index `/` and its searches, each rendered on its first request and then served from the
// page cache: next.config.ts rewrites the plain `/` to /search/latest, and proxy.ts rewrites
// `/?q=...&verdict=...` here with its canonical query string (lib/http/index-search.ts, base64url)
// as the one segment. Readers keep the `/` and `/?q=` addresses; equal searches share one cached
// page; the list's tag (publishing, correcting, unpublishing) expires them all. Nothing is rendered at build time, so
// a build needs no database.
import { notFound } from 'next/navigation';
import { paramsOfSearchSegment } from '@/lib/http/index-search';
import { indexMetadata, PublicIndexView } from '../../public-index-view';

// A search is kept a minute at most (the plain index as long, unless a publication expires it first).
export const revalidate = 60;
export const metadata = indexMetadata;
export function generateStaticParams() {
  return [];
}

export default async function PublicSearchPage({ params }: { params: Promise<{ query: string }> }) {
  const searchParams = paramsOfSearchSegment((await params).query);
  if (!searchParams) notFound();
  return <PublicIndexView params={searchParams} />;
}
