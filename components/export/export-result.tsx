// What the chosen filters give: how many claims, and the file as a plain link. The download is
// streamed by /api/export, so a large export starts at once instead of keeping a page waiting.
import { Alert } from '@/components/ui/alert';
import { buttonClass } from '@/components/ui/button';
import { filtersToParams, type ExportRequest } from '@/lib/export/filters';
import { exportFileName } from '@/lib/export/file-name';

export function ExportResult({ request, count }: { request: ExportRequest; count: number }) {
  const { format, filters } = request;
  const href = `/api/export?${filtersToParams(filters, format).toString()}`;
  const publicParams = filtersToParams(filters).toString();
  const fileName = exportFileName(format, filters);
  const markup = format === 'claimreview' || format === 'factcheck';
  return (
    <section aria-labelledby="export-result" className="space-y-3 rounded-xl border border-stone-200 bg-white p-6">
      <h2 id="export-result" className="text-lg font-medium">
        <span data-testid="export-count">{count.toLocaleString('en')}</span> {count === 1 ? 'claim matches' : 'claims match'}
        {markup ? ' (published verdicts only: the rest have no ClaimReview markup)' : ''}
      </h2>
      {count === 0 ? <Alert tone="info">Nothing to export with these filters; the file would be empty.</Alert> : null}
      <p>
        <a href={href} download={fileName} className={buttonClass('primary')} data-testid="export-download">
          Download {fileName}
        </a>
      </p>
      {filters.publication === 'published' ? (
        <p className="text-sm text-stone-600">
          Readers and researchers can fetch the same published claims without signing in:{' '}
          <a className="text-sky-800 underline" href={`/claims.csv${publicParams ? `?${publicParams}` : ''}`}>
            /claims.csv
          </a>{' '}
          and{' '}
          <a className="text-sky-800 underline" href={`/claims.json${publicParams ? `?${publicParams}` : ''}`}>
            /claims.json
          </a>
          .
        </p>
      ) : null}
    </section>
  );
}
