// The reports' figures as one CSV file: one row per number, in the same groups as the page
// (figure, group, measure, value), so a spreadsheet can pivot it. Cells go through the export's
// formula guard: an editor's name starting with "=" stays text. Pure.
import { CSV_BOM, CSV_NEWLINE, csvLine } from '@/lib/export/csv';
import type { DeskReport, Durations } from './queries';

const HEADER = ['figure', 'group', 'measure', 'value'];

function durationRows(figure: string, d: Durations): (string | number | null)[][] {
  return [
    [figure, 'all', 'count', d.count],
    [figure, 'all', 'median_hours', d.median === null ? null : round(d.median / 3600)],
    [figure, 'all', 'p90_hours', d.p90 === null ? null : round(d.p90 / 3600)],
  ];
}

const round = (n: number) => Math.round(n * 100) / 100;

export function reportCsv(report: DeskReport): string {
  const rows: (string | number | null)[][] = [
    ...report.weeks.flatMap((w) => [
      ['claims_per_week', w.week, 'imported', w.imported],
      ['claims_per_week', w.week, 'checked', w.checked],
      ['claims_per_week', w.week, 'published', w.published],
    ]),
    ...durationRows('created_to_verdict', report.createdToVerdict),
    ...durationRows('submitted_to_published', report.submittedToPublished),
    ...report.openByStatus.map((r) => ['open_by_status', r.status, 'claims', r.count]),
    ...report.openByAssignee.map((r) => ['open_by_assignee', r.name ?? '(unassigned)', 'claims', r.count]),
    ...report.verdictsBySourceKind.map((r) => ['verdicts_by_source_kind', r.kind, r.status, r.count]),
  ];
  return CSV_BOM + [HEADER, ...rows].map((row) => csvLine(row)).join(CSV_NEWLINE) + CSV_NEWLINE;
}
