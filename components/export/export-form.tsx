// The export filters as a plain GET form back to /desk/export, so it works without JavaScript and
// the chosen filters live in the URL; the page answers with a count and a download link.
import { Button } from '@/components/ui/button';
import { Select, TextInput } from '@/components/ui/field';
import { STATUS_ORDER, statusLabel } from '@/lib/claims/status';
import { EXPORT_FORMATS } from '@/lib/export/filters';
import { FORMAT_INFO } from '@/lib/export/file-name';

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
  const statuses = new Set((values.status ?? []).flatMap((v) => v.split(',')).map((v) => v.trim().toUpperCase()));
  return (
    <form
      method="get"
      action="/desk/export"
      className="space-y-4 rounded-xl border border-stone-200 bg-white p-6"
      aria-label="Export filters"
    >
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <div className="text-sm">
          <label htmlFor="export-format" className="mb-1 block font-medium">
            Format
          </label>
          <Select id="export-format" name="format" defaultValue={first(values, 'format') || 'csv'}>
            {EXPORT_FORMATS.map((format) => (
              <option key={format} value={format}>
                {FORMAT_INFO[format].label}
              </option>
            ))}
          </Select>
        </div>
        <div className="text-sm">
          <label htmlFor="export-publication" className="mb-1 block font-medium">
            Publication
          </label>
          <Select id="export-publication" name="publication" defaultValue={first(values, 'publication') || 'published'}>
            <option value="published">Published only</option>
            {canExportDrafts ? <option value="draft">Drafts and in review only</option> : null}
            {canExportDrafts ? <option value="all">Published and drafts</option> : null}
          </Select>
        </div>
        <div className="text-sm">
          <label htmlFor="export-language" className="mb-1 block font-medium">
            Language of the article
          </label>
          <TextInput
            id="export-language"
            name="language"
            defaultValue={first(values, 'language')}
            placeholder="any, or e.g. id"
            maxLength={35}
          />
        </div>
        <div className="text-sm">
          <label htmlFor="export-article" className="mb-1 block font-medium">
            Article
          </label>
          <Select id="export-article" name="article" defaultValue={first(values, 'article')}>
            <option value="">Any article</option>
            {articles.map((a) => (
              <option key={a.id} value={a.id}>
                {a.label}
              </option>
            ))}
          </Select>
        </div>
        <div className="text-sm">
          <label htmlFor="export-source" className="mb-1 block font-medium">
            Source
          </label>
          <Select id="export-source" name="source" defaultValue={first(values, 'source')}>
            <option value="">Any source</option>
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
              Verdict from
            </label>
            <TextInput type="date" id="export-from" name="from" defaultValue={first(values, 'from')} />
          </div>
          <div>
            <label htmlFor="export-to" className="mb-1 block font-medium">
              to
            </label>
            <TextInput type="date" id="export-to" name="to" defaultValue={first(values, 'to')} />
          </div>
        </div>
      </div>
      <fieldset className="text-sm">
        <legend className="mb-1 font-medium">Status (none ticked: every status)</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          {STATUS_ORDER.map((status) => (
            <label key={status} className="inline-flex items-center gap-1.5">
              <input type="checkbox" name="status" value={status} defaultChecked={statuses.has(status)} />
              {statusLabel(status)}
            </label>
          ))}
        </div>
      </fieldset>
      <Button type="submit" variant="secondary">
        Count matching claims
      </Button>
    </form>
  );
}
