// The public index and its search results in one language: rendered by [locale]/page.tsx for
// `/<lang>`, and for `/<lang>?q=...` by [locale]/search/[query] and search/words/[q] (see those
// pages for how each is cached).
import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ClaimListItem } from '@/components/public/claim-list-item';
import { SearchForm } from '@/components/public/search-form';
import { ReaderReportSection } from '@/components/reader-reports/reader-report-section';
import { searchPublishedClaims } from '@/lib/data/public-index';
import { languageAlternates } from '@/lib/i18n/alternates';
import { isLocale, type Locale } from '@/lib/i18n/locales';
import { localePath } from '@/lib/i18n/reader-paths';
import { getPublicSite } from '@/lib/public-site';
import { MAX_QUERY_LENGTH, PAGE_SIZE, parsePublicSearch, searchToParams } from '@/lib/schemas/public-search';

type SearchParams = Record<string, string | string[] | undefined>;

export function indexLocale(locale: string): Locale {
  return isLocale(locale) ? locale : 'en';
}

export async function indexMetadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'Index' });
  return { title: { absolute: t('metaTitle') }, alternates: { languages: languageAlternates(getPublicSite().baseUrl, '/') } };
}

export async function PublicIndexView({ locale, params }: { locale: Locale; params: SearchParams }) {
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Index' });
  const problemText = await getTranslations({ locale, namespace: 'SearchProblem' });
  const { search, problems } = parsePublicSearch(params);
  const blocked = problems.includes('query-too-long');
  const { items, total } = blocked ? { items: [], total: 0 } : await searchPublishedClaims(search);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const filtering = Boolean(search.q || search.verdict || search.sourceId || search.sourceName || search.from || search.to);
  const sourceLabel = search.sourceId ? (items.find((item) => item.sourceId === search.sourceId)?.sourceName ?? null) : null;
  const pageHref = (page: number) => `${localePath(locale, '/')}?${searchToParams({ ...search, page }).toString()}`;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="font-serif text-3xl font-semibold">{t('title')}</h1>
        <p className="mt-1 text-stone-700">{t('intro')}</p>
      </div>
      <SearchForm locale={locale} search={search} sourceLabel={sourceLabel} />
      {problems.map((p) => (
        <p key={p} role="status" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          {problemText(p, { max: MAX_QUERY_LENGTH })}
        </p>
      ))}
      <p className="text-sm text-stone-600" aria-live="polite">
        {total === 0
          ? filtering || blocked
            ? t('noMatch')
            : t('noneYet')
          : `${t('results', { total, filtering: filtering ? 'yes' : 'no' })}${pages > 1 ? t('pageOf', { page: search.page, pages }) : ''}`}
      </p>
      {total > 0 && items.length === 0 ? (
        <p className="text-sm">
          <Link href={pageHref(1)} className="text-sky-800 underline">
            {t('firstPage')}
          </Link>
        </p>
      ) : null}
      <ol className="space-y-3">
        {items.map((item) => (
          <ClaimListItem key={item.id} locale={locale} {...item} />
        ))}
      </ol>
      {pages > 1 ? (
        <nav aria-label={t('pagesLabel')} className="flex justify-between text-sm">
          {search.page > 1 ? (
            <Link href={pageHref(search.page - 1)} className="text-sky-800 underline" rel="prev">
              {t('newer')}
            </Link>
          ) : (
            <span />
          )}
          {search.page < pages ? (
            <Link href={pageHref(search.page + 1)} className="text-sky-800 underline" rel="next">
              {t('older')}
            </Link>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
      <ReaderReportSection kind="TIP" locale={locale} />
    </div>
  );
}
