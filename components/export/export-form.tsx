// The export filters as a plain GET form back to /desk/export, so it works without JavaScript and
// the chosen filters live in the URL; the page answers with a count and a download link.
import { useLocale, useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Select, TextInput } from '@/components/ui/field';
import { STATUS_ORDER, statusLabel } from '@/lib/claims/status';
import { EXPORT_FORMATS } from '@/lib/export/filters';
import { isLocale } from '@/lib/i18n/locales';

export type FormValues = Record<string, string[]>;

interface Choice {
  id: string;
  label: string;
}

interface ExportFormProps {
  values: FormValues;
  canExportDrafts: boolean;
  articles: Choice[];
  sources: Choice[];
}

const first = (values: FormValues, key: string) => values[key]?.[0] ?? '';

export function ExportForm({ values, canExportDrafts, articles, sources }: ExportFormProps) {
  const t = useTranslations('ExportPage');
  const asked = useLocale();
  const locale = isLocale(asked) ? asked : 'en';
  const statuses = new Set((values.status ?? []).flatMap((v) => v.split(',')).map((v) => v.trim().toUpperCase()));
  return (
    <form
      method="get"
      action="/desk/export"
      className="space-y-4 rounded-xl border border-stone-200 bg-white p-6"
      aria-label={t('filters')}
    >
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <div className="text-sm">
          <label htmlFor="export-format" className="mb-1 block font-medium">
            {t('format')}
          </label>
          <Select id="export-format" name="format" defaultValue={first(values, 'format') || 'csv'}>
            {EXPORT_FORMATS.map((format) => (
              <option key={format} value={format}>
                {t(`formatOption.${format}`)}
              </option>
            ))}
          </Select>
        </div>
        <div className="text-sm">
          <label htmlFor="export-publication" className="mb-1 block font-medium">
            {t('publication')}
          </label>
          <Select id="export-publication" name="publication" defaultValue={first(values, 'publication') || 'published'}>
            <option value="published">{t('publishedOnly')}</option>
            {canExportDrafts ? <option value="draft">{t('draftsOnly')}</option> : null}
            {canExportDrafts ? <option value="all">{t('publishedAndDrafts')}</option> : null}
          </Select>
        </div>
        <div className="text-sm">
          <label htmlFor="export-language" className="mb-1 block font-medium">
            {t('language')}
          </label>
          <TextInput
            id="export-language"
            name="language"
            defaultValue={first(values, 'language')}
            placeholder={t('languagePlaceholder')}
            maxLength={35}
          />
        </div>
        <div className="text-sm">
          <label htmlFor="export-article" className="mb-1 block font-medium">
            {t('article')}
          </label>
          <Select id="export-article" name="article" defaultValue={first(values, 'article')}>
            <option value="">{t('anyArticle')}</option>
            {articles.map((a) => (
              <option key={a.id} value={a.id}>
                {a.label}
              </option>
            ))}
          </Select>
        </div>
        <div className="text-sm">
          <label htmlFor="export-source" className="mb-1 block font-medium">
            {t('source')}
          </label>
          <Select id="export-source" name="source" defaultValue={first(values, 'source')}>
            <option value="">{t('anySource')}</option>
            {sources.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </Select>
        </div>
        <div className="grid grid-cols-2 gap-3 text-sm">
          <div>
            <label htmlFor="export-from" className="mb-1 block font-medium">
              {t('verdictFrom')}
            </label>
            <TextInput type="date" id="export-from" name="from" defaultValue={first(values, 'from')} />
          </div>
          <div>
            <label htmlFor="export-to" className="mb-1 block font-medium">
              {t('verdictTo')}
            </label>
            <TextInput type="date" id="export-to" name="to" defaultValue={first(values, 'to')} />
          </div>
        </div>
      </div>
      <fieldset className="text-sm">
        <legend className="mb-1 font-medium">{t('statusLegend')}</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          {STATUS_ORDER.map((status) => (
            <label key={status} className="inline-flex items-center gap-1.5">
              <input type="checkbox" name="status" value={status} defaultChecked={statuses.has(status)} />
              {statusLabel(status, locale)}
            </label>
          ))}
        </div>
      </fieldset>
      <Button type="submit" variant="secondary">
        {t('count')}
      </Button>
    </form>
  );
}
