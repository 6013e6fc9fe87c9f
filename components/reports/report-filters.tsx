// The reports' filters: a plain GET form (works without JavaScript, the address can be shared).
import { getTranslations } from 'next-intl/server';
import { buttonClass } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import type { ReportFilters } from '@/lib/reports/filters';

export async function ReportFiltersForm({ filters, editors }: { filters: ReportFilters; editors: { id: string; name: string }[] }) {
  const t = await getTranslations('DeskReports');
  const query = new URLSearchParams({
    from: filters.fromDay,
    to: filters.toDay,
    ...(filters.editorId ? { editor: filters.editorId } : {}),
  });
  return (
    <form
      method="get"
      className="flex flex-wrap items-end gap-3 rounded-lg border border-stone-200 bg-white p-3"
      data-testid="report-filters"
    >
      <label className="flex flex-col gap-1 text-sm">
        {t('from')}
        <input type="date" name="from" defaultValue={filters.fromDay} className={inputClass} />
      </label>
      <label className="flex flex-col gap-1 text-sm">
        {t('to')}
        <input type="date" name="to" defaultValue={filters.toDay} className={inputClass} />
      </label>
      <label className="flex flex-col gap-1 text-sm">
        {t('editor')}
        <select name="editor" defaultValue={filters.editorId ?? ''} className={inputClass}>
          <option value="">{t('everyone')}</option>
          {editors.map((e) => (
            <option key={e.id} value={e.id}>
              {e.name}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className={buttonClass('primary')}>
        {t('apply')}
      </button>
      <a href={`/api/reports?${query.toString()}`} className="text-sm text-sky-800 underline" download>
        {t('download')}
      </a>
    </form>
  );
}
