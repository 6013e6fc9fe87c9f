// The public index's search: a plain GET form, so it works without JavaScript and every search
// has its own shareable URL (with JavaScript, without its empty fields: SearchFormElement). The
// source is a text field (see SourceNameField), not a list of every source: that list, sent twice
// (HTML and React payload), was most of the page.
import { getTranslations } from 'next-intl/server';
import { CLAIM_STATUSES, STATUS_ORDER } from '@/lib/claims/status';
import type { Locale } from '@/lib/i18n/locales';
import { localePath } from '@/lib/i18n/reader-paths';
import type { PublicSearch } from '@/lib/schemas/public-search';
import { MAX_QUERY_LENGTH, searchToParams } from '@/lib/schemas/public-search';
import { SearchFormElement } from './search-form-element';
import { SourceNameField } from './source-name-field';

const control = 'block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm';

/** `sourceLabel`: the name of the source a link filtered by (`?source=<id>`), when known. */
export async function SearchForm({ locale, search, sourceLabel }: { locale: Locale; search: PublicSearch; sourceLabel: string | null }) {
  const t = await getTranslations({ locale, namespace: 'Search' });
  const status = await getTranslations({ locale, namespace: 'Status' });
  const index = localePath(locale, '/');
  const day = (date: Date | null) => date?.toISOString().slice(0, 10) ?? '';
  return (
    <SearchFormElement
      method="get"
      action={index}
      role="search"
      className="grid gap-3 rounded-xl border border-stone-200 bg-white p-4 sm:grid-cols-6"
    >
      <div className="sm:col-span-6">
        <label htmlFor="q" className="mb-1 block text-sm font-medium">
          {t('query')}
        </label>
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={search.q}
          maxLength={MAX_QUERY_LENGTH}
          className={control}
          placeholder={t('queryExample')}
        />
      </div>
      <div className="sm:col-span-2">
        <label htmlFor="verdict" className="mb-1 block text-sm font-medium">
          {t('verdict')}
        </label>
        <select id="verdict" name="verdict" defaultValue={search.verdict ?? ''} className={control}>
          <option value="">{t('anyVerdict')}</option>
          {STATUS_ORDER.filter((s) => CLAIM_STATUSES[s].isVerdict).map((s) => (
            <option key={s} value={s}>
              {status(s)}
            </option>
          ))}
        </select>
      </div>
      <div className="sm:col-span-2">
        <label htmlFor="sourceName" className="mb-1 block text-sm font-medium">
          {t('source')}
        </label>
        <SourceNameField defaultValue={search.sourceName} className={control} placeholder={t('anySource')} />
        {search.sourceId ? (
          <p className="mt-1 text-xs text-stone-600">
            <input type="hidden" name="source" value={search.sourceId} />
            {t('onlySource', { name: sourceLabel ?? t('oneSource') })}{' '}
            <a href={`${index}?${searchToParams({ ...search, sourceId: null, page: 1 }).toString()}`} className="text-sky-800 underline">
              {t('anySource')}
            </a>
          </p>
        ) : null}
      </div>
      <div>
        <label htmlFor="from" className="mb-1 block text-sm font-medium">
          {t('from')}
        </label>
        <input id="from" name="from" type="date" defaultValue={day(search.from)} className={control} />
      </div>
      <div>
        <label htmlFor="to" className="mb-1 block text-sm font-medium">
          {t('to')}
        </label>
        <input id="to" name="to" type="date" defaultValue={day(search.to)} className={control} />
      </div>
      <div className="sm:col-span-6">
        <button type="submit" className="rounded-md bg-sky-700 px-4 py-2 text-sm font-medium text-white hover:bg-sky-800">
          {t('submit')}
        </button>
      </div>
    </SearchFormElement>
  );
}
