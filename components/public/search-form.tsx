// The public index's search: a plain GET form, so it works without JavaScript and every search
// has its own shareable URL. The source is a text field (see SourceNameField), not a list of
// every source: that list, sent twice (HTML and React payload), was most of the page.
import { CLAIM_STATUSES, STATUS_ORDER } from '@/lib/claims/status';
import type { PublicSearch } from '@/lib/schemas/public-search';
import { MAX_QUERY_LENGTH, searchToParams } from '@/lib/schemas/public-search';
import { SourceNameField } from './source-name-field';

const control = 'block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm';

/** `sourceLabel`: the name of the source a link filtered by (`?source=<id>`), when known. */
export function SearchForm({ search, sourceLabel }: { search: PublicSearch; sourceLabel: string | null }) {
  const day = (date: Date | null) => date?.toISOString().slice(0, 10) ?? '';
  return (
    <form method="get" action="/" role="search" className="grid gap-3 rounded-xl border border-stone-200 bg-white p-4 sm:grid-cols-6">
      <div className="sm:col-span-6">
        <label htmlFor="q" className="mb-1 block text-sm font-medium">
          Search claims, quotes, sources and articles
        </label>
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={search.q}
          maxLength={MAX_QUERY_LENGTH}
          className={control}
          placeholder="e.g. tank, Armenpress, banjir"
        />
      </div>
      <div className="sm:col-span-2">
        <label htmlFor="verdict" className="mb-1 block text-sm font-medium">
          Verdict
        </label>
        <select id="verdict" name="verdict" defaultValue={search.verdict ?? ''} className={control}>
          <option value="">Any verdict</option>
          {STATUS_ORDER.filter((s) => CLAIM_STATUSES[s].isVerdict).map((s) => (
            <option key={s} value={s}>
              {CLAIM_STATUSES[s].label.en} / {CLAIM_STATUSES[s].label.id}
            </option>
          ))}
        </select>
      </div>
      <div className="sm:col-span-2">
        <label htmlFor="sourceName" className="mb-1 block text-sm font-medium">
          Source
        </label>
        <SourceNameField defaultValue={search.sourceName} className={control} />
        {search.sourceId ? (
          <p className="mt-1 text-xs text-stone-600">
            <input type="hidden" name="source" value={search.sourceId} />
            Only {sourceLabel ?? 'one source'}.{' '}
            <a href={`/?${searchToParams({ ...search, sourceId: null, page: 1 }).toString()}`} className="text-sky-800 underline">
              Any source
            </a>
          </p>
        ) : null}
      </div>
      <div>
        <label htmlFor="from" className="mb-1 block text-sm font-medium">
          From
        </label>
        <input id="from" name="from" type="date" defaultValue={day(search.from)} className={control} />
      </div>
      <div>
        <label htmlFor="to" className="mb-1 block text-sm font-medium">
          To
        </label>
        <input id="to" name="to" type="date" defaultValue={day(search.to)} className={control} />
      </div>
      <div className="sm:col-span-6">
        <button type="submit" className="rounded-md bg-sky-700 px-4 py-2 text-sm font-medium text-white hover:bg-sky-800">
          Search
        </button>
      </div>
    </form>
  );
}
