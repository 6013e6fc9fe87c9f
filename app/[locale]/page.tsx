// The public index `/<lang>` without a search: a cached page of its own, rendered at build (like
// the other pages of the language) and again after a publication expires the list's tag. Served
// straight from the page cache: as a rewrite to /<lang>/search/latest it lost a fifth to a third
// of the throughput of that same cached page (issue 12). Searches go to their own cached pages
// (search/[query], search/words/[q]); next.config.ts and proxy.ts send them there.
import type { Metadata } from 'next';
import { indexLocale, indexMetadata, PublicIndexView } from './public-index-view';

type Params = Promise<{ locale: string }>;

// As long as a search (search/[query]), unless a publication expires it first.
export const revalidate = 60;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return indexMetadata(indexLocale((await params).locale));
}

export default async function PublicIndexPage({ params }: { params: Params }) {
  return <PublicIndexView locale={indexLocale((await params).locale)} params={{}} />;
}
