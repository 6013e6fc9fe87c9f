import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { BarChart } from '@/components/reports/bar-chart';
import { ColumnChart } from '@/components/reports/column-chart';
import { ReportFiltersForm } from '@/components/reports/report-filters';
import { ReportSection } from '@/components/reports/report-section';
import { Alert } from '@/components/ui/alert';
import { guardPage } from '@/lib/auth/guard';
import { getDeskReport, listReportEditors } from '@/lib/data/reports';
import { parseReportFilters } from '@/lib/reports/filters';
import type { Durations } from '@/lib/reports/queries';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('DeskReports'))('title') };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ReportsPage({ searchParams }: { searchParams: SearchParams }) {
  await guardPage('reports:read', '/desk/reports');
  const parsed = parseReportFilters(await searchParams, new Date());
  const filters = parsed.ok ? parsed.filters : parsed.fallback;
  const [t, status, kinds, report, editors] = await Promise.all([
    getTranslations('DeskReports'),
    getTranslations('Status'),
    getTranslations('SourceKind'),
    getDeskReport(filters),
    listReportEditors(),
  ]);
  const duration = (seconds: number | null) =>
    seconds === null ? t('none') : seconds < 48 * 3600 ? t('hours', { value: seconds / 3600 }) : t('days', { value: seconds / 86400 });
  const durationRows = (label: string, d: Durations) => [label, duration(d.median), duration(d.p90), d.count];
  const kindName = (kind: string) => (kind === 'NONE' ? t('noSource') : kinds(kind as 'OTHER'));
  const kindTotals = [...new Set(report.verdictsBySourceKind.map((r) => r.kind))].map((kind) => ({
    kind,
    total: report.verdictsBySourceKind.filter((r) => r.kind === kind).reduce((sum, r) => sum + r.count, 0),
  }));
  const series = (['imported', 'checked', 'published'] as const).map((key) => ({
    key,
    columns: report.weeks.map((w) => ({ label: w.week, value: w[key] })),
  }));
  const anyWeek = report.weeks.some((w) => w.imported + w.checked + w.published > 0);
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">{t('heading')}</h1>
        <p className="text-stone-600">{t('intro')}</p>
      </header>
      {parsed.ok ? null : <Alert tone="error">{t(`problem_${parsed.problem}`)}</Alert>}
      <ReportFiltersForm filters={filters} editors={editors} />
      <ReportSection
        id="per-week"
        title={t('perWeek')}
        note={t('perWeekNote')}
        chart={
          <div className="grid gap-4 md:grid-cols-3">
            {series.map(({ key, columns }) => (
              <figure key={key} className="min-w-0">
                <figcaption className="text-sm font-medium">{t(key)}</figcaption>
                <ColumnChart columns={columns} testId={`chart-${key}`} />
              </figure>
            ))}
          </div>
        }
        head={[t('week'), t('imported'), t('checked'), t('published')]}
        rows={anyWeek ? report.weeks.map((w) => [w.week, w.imported, w.checked, w.published]) : []}
        empty={t('noData')}
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <ReportSection
          id="times"
          title={t('times')}
          note={t('timesNote', { verdict: report.createdToVerdict.count, review: report.submittedToPublished.count })}
          chart={
            <BarChart
              testId="chart-times"
              rows={[
                [t('createdToVerdict'), report.createdToVerdict],
                [t('submittedToPublished'), report.submittedToPublished],
              ].flatMap(([label, d]) => {
                const span = d as Durations;
                return [
                  { label: `${label as string} · ${t('median')}`, value: span.median ?? 0, shown: duration(span.median) },
                  { label: `${label as string} · ${t('p90')}`, value: span.p90 ?? 0, shown: duration(span.p90) },
                ];
              })}
            />
          }
          head={['', t('median'), t('p90'), t('measured')]}
          rows={
            report.createdToVerdict.count + report.submittedToPublished.count > 0
              ? [
                  durationRows(t('createdToVerdict'), report.createdToVerdict),
                  durationRows(t('submittedToPublished'), report.submittedToPublished),
                ]
              : []
          }
          empty={t('noData')}
        />
        <ReportSection
          id="open-by-status"
          title={t('openByStatus')}
          note={t('openNote')}
          chart={
            <BarChart
              testId="chart-open-status"
              rows={report.openByStatus.map((r) => ({ label: status(r.status), value: r.count, shown: String(r.count) }))}
            />
          }
          head={[t('status'), t('claims')]}
          rows={report.openByStatus.map((r) => [status(r.status), r.count])}
          empty={t('noData')}
        />
        <ReportSection
          id="open-by-assignee"
          title={t('openByAssignee')}
          chart={
            <BarChart
              testId="chart-open-assignee"
              rows={report.openByAssignee.map((r) => ({ label: r.name ?? t('unassigned'), value: r.count, shown: String(r.count) }))}
            />
          }
          head={[t('assignee'), t('claims')]}
          rows={report.openByAssignee.map((r) => [r.name ?? t('unassigned'), r.count])}
          empty={t('noData')}
        />
        <ReportSection
          id="verdicts-by-source-kind"
          title={t('verdictsBySourceKind')}
          note={t('verdictsNote')}
          chart={
            <BarChart
              testId="chart-verdicts"
              rows={kindTotals.map((k) => ({ label: kindName(k.kind), value: k.total, shown: String(k.total) }))}
            />
          }
          head={[t('sourceKind'), t('status'), t('claims')]}
          rows={report.verdictsBySourceKind.map((r) => [kindName(r.kind), status(r.status), r.count])}
          empty={t('noData')}
        />
      </div>
    </div>
  );
}
