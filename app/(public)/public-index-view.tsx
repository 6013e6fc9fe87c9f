// The public index and its search results, rendered by /search/[query] for `/` and `/?q=...` (see
// that page for how each is cached).
import type { Metadata } from 'next';
import Link from 'next/link';
import { ClaimListItem } from '@/components/public/claim-list-item';
import { SearchForm } from '@/components/public/search-form';
import { searchPublishedClaims } from '@/lib/data/public-index';
import { MAX_QUERY_LENGTH, PAGE_SIZE, parsePublicSearch, searchToParams, type SearchProblem } from '@/lib/schemas/public-search';

export const indexMetadata: Metadata = { title: { absolute: 'ClaimDesk: latest fact checks' } };

const PROBLEMS: Record<SearchProblem, string> = {
  'query-too-long': `The search is too long (at most ${MAX_QUERY_LENGTH} characters): shorten it and try again.`,
  'unknown-verdict': 'That verdict does not exist; showing every verdict.',
  'bad-source': 'That source is not known; showing every source.',
  'bad-date': 'A date was not a real date (use YYYY-MM-DD); it was ignored.',
  'reversed-dates': 'The date range ends before it starts; it was ignored.',
  'bad-page': 'The page number must be a whole number from 1; showing the first page.',
  'page-out-of-range': 'There is no such page; showing the first page.',
};

type SearchParams = Record<string, string | string[] | undefined>;

export async function PublicIndexView({ params }: { params: SearchParams }) {
  const { search, problems } = parsePublicSearch(params);
  const blocked = problems.includes('query-too-long');
  const { items, total } = blocked ? { items: [], total: 0 } : await searchPublishedClaims(search);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const filtering = Boolean(search.q || search.verdict || search.sourceId || search.sourceName || search.from || search.to);
  const sourceLabel = search.sourceId ? (items.find((item) => item.sourceId === search.sourceId)?.sourceName ?? null) : null;
  const pageHref = (page: number) => `/?${searchToParams({ ...search, page }).toString()}`;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="font-serif text-3xl font-semibold">Latest fact checks</h1>
        <p className="mt-1 text-stone-700">Claims from the news, who made them, and whether they hold up.</p>
      </div>
      <SearchForm search={search} sourceLabel={sourceLabel} />
      {problems.map((p) => (
        <p key={p} role="status" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          {PROBLEMS[p]}
        </p>
      ))}
      <p className="text-sm text-stone-600" aria-live="polite">
        {total === 0
          ? filtering || blocked
            ? 'No fact checks match this search.'
            : 'No fact checks have been published yet.'
          : `${total} fact check${total === 1 ? '' : 's'}${filtering ? ' match' : ''}${pages > 1 ? ` · page ${search.page} of ${pages}` : ''}`}
      </p>
      {total > 0 && items.length === 0 ? (
        <p className="text-sm">
          <Link href={pageHref(1)} className="text-sky-800 underline">
            Go to the first page
          </Link>
        </p>
      ) : null}
      <ol className="space-y-3">
        {items.map((item) => (
          <ClaimListItem key={item.id} {...item} />
        ))}
      </ol>
      {pages > 1 ? (
        <nav aria-label="Pages" className="flex justify-between text-sm">
          {search.page > 1 ? (
            <Link href={pageHref(search.page - 1)} className="text-sky-800 underline" rel="prev">
              ← Newer
            </Link>
          ) : (
            <span />
          )}
          {search.page < pages ? (
            <Link href={pageHref(search.page + 1)} className="text-sky-800 underline" rel="next">
              Older →
            </Link>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </div>
  );
}
