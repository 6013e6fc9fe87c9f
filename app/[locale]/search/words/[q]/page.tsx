// The commonest search, words only (`/<lang>?q=banjir`), as a cached page reached without proxy.ts:
// next.config.ts rewrites it here itself when the query holds `q` and no other filter, and when the
// words hold no character that could break a path (/ ? # % \). Running the proxy cost a cached
// search about 40% of its throughput (issue 12). Every other search goes through proxy.ts to
// /<lang>/search/<canonical query> as before; both render the same view and expire with the list.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { indexLocale, indexMetadata, PublicIndexView } from '../../../public-index-view';

type Params = Promise<{ locale: string; q: string }>;

// As long as the other searches (app/[locale]/search/[query]).
export const revalidate = 60;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return indexMetadata(indexLocale((await params).locale));
}

export default async function PublicWordSearchPage({ params }: { params: Params }) {
  const { locale, q } = await params;
  const words = decodedWords(q);
  if (words === null) notFound();
  return <PublicIndexView locale={indexLocale(locale)} params={{ q: words }} />;
}

/**
 * Next hands the segment over percent-encoded ("harga%20beras"). The words themselves never hold a
 * `%` (the rewrite refuses it), so decoding gives back exactly what the reader typed.
 */
function decodedWords(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
