// What the chosen filters give: how many claims, and the file as a plain link. The download is
// streamed by /api/export, so a large export starts at once instead of keeping a page waiting.
import { useFormatter, useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { buttonClass } from '@/components/ui/button';
import { filtersToParams, type ExportRequest } from '@/lib/export/filters';
import { exportFileName } from '@/lib/export/file-name';

export function ExportResult({ request, count }: { request: ExportRequest; count: number }) {
  const t = useTranslations('ExportPage');
  const number = useFormatter();
  const { format, filters } = request;
  const href = `/api/export?${filtersToParams(filters, format).toString()}`;
  const publicParams = filtersToParams(filters).toString();
  const fileName = exportFileName(format, filters);
  const markup = format === 'claimreview' || format === 'factcheck';
  return (
    <section aria-labelledby="export-result" className="space-y-3 rounded-xl border border-stone-200 bg-white p-6">
      <h2 id="export-result" className="text-lg font-medium">
        <span data-testid="export-count">{number.number(count)}</span> {t('matches', { count })}
        {markup ? t('markupOnly') : ''}
        {format === 'attributions' ? t('attributionRows') : ''}
      </h2>
      {count === 0 ? <Alert tone="info">{t('empty')}</Alert> : null}
      <p>
        <a href={href} download={fileName} className={buttonClass('primary')} data-testid="export-download">
          {t('download', { fileName })}
        </a>
      </p>
      {filters.publication === 'published' ? (
        <p className="text-sm text-stone-600">
          {t('publicFeeds')}{' '}
          <a className="text-sky-800 underline" href={`/claims.csv${publicParams ? `?${publicParams}` : ''}`}>
            /claims.csv
          </a>{' '}
          {t('and')}{' '}
          <a className="text-sky-800 underline" href={`/claims.json${publicParams ? `?${publicParams}` : ''}`}>
            /claims.json
          </a>
          .
        </p>
      ) : null}
    </section>
  );
}
