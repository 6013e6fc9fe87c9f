// The reports page's filters from its address (?from=2026-09-01&to=2026-11-30&editor=<id>): a date
// range in whole UTC days and optionally one editor. A reversed, unreadable or absurd range is
// refused with a message key (under "DeskReports"), never an error page. Pure.
import { isRecordId } from '@/lib/record-id';

export interface ReportFilters {
  /** First day, inclusive (00:00 UTC). */
  from: Date;
  /** The day after the last day (exclusive), so a range is [from, to). */
  to: Date;
  /** The days as asked, for the form and the CSV's file name. */
  fromDay: string;
  toDay: string;
  editorId: string | null;
}

export type FilterProblem = 'badDate' | 'reversed' | 'tooLong' | 'outOfRange' | 'badEditor';
export type ParsedFilters = { ok: true; filters: ReportFilters } | { ok: false; problem: FilterProblem; fallback: ReportFilters };

const DAY = 86_400_000;
/** Longer ranges say nothing a year-by-year reading would not, and cost the database for nothing. */
export const MAX_RANGE_DAYS = 3 * 366;
const EARLIEST = Date.UTC(2000, 0, 1);
export const DEFAULT_RANGE_DAYS = 12 * 7;

const dayOf = (date: Date) => date.toISOString().slice(0, 10);

function parseDay(text: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
  const date = new Date(`${text}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || dayOf(date) !== text ? null : date;
}

function range(from: Date, lastDay: Date, editorId: string | null): ReportFilters {
  return { from, to: new Date(lastDay.getTime() + DAY), fromDay: dayOf(from), toDay: dayOf(lastDay), editorId };
}

/** The default: the last twelve weeks up to today, everyone. */
export function defaultFilters(today: Date): ReportFilters {
  const last = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
  return range(new Date(last.getTime() - (DEFAULT_RANGE_DAYS - 1) * DAY), last, null);
}

export function parseReportFilters(params: Record<string, string | string[] | undefined>, today: Date): ParsedFilters {
  const fallback = defaultFilters(today);
  const one = (key: string) => {
    const value = params[key];
    return (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
  };
  const editorText = one('editor');
  if (editorText && !isRecordId(editorText)) return { ok: false, problem: 'badEditor', fallback };
  const editorId = editorText || null;
  const fromText = one('from');
  const toText = one('to');
  const from = fromText ? parseDay(fromText) : fallback.from;
  const last = toText ? parseDay(toText) : new Date(fallback.to.getTime() - DAY);
  if (!from || !last) return { ok: false, problem: 'badDate', fallback: { ...fallback, editorId } };
  if (from > last) return { ok: false, problem: 'reversed', fallback: { ...fallback, editorId } };
  if (from.getTime() < EARLIEST || last.getTime() > today.getTime() + 366 * DAY)
    return { ok: false, problem: 'outOfRange', fallback: { ...fallback, editorId } };
  if ((last.getTime() - from.getTime()) / DAY + 1 > MAX_RANGE_DAYS)
    return { ok: false, problem: 'tooLong', fallback: { ...fallback, editorId } };
  return { ok: true, filters: range(from, last, editorId) };
}

/** Monday 00:00 UTC of each week that overlaps the range, as PostgreSQL's date_trunc('week') gives them. */
export function weeksOf({ from, to }: Pick<ReportFilters, 'from' | 'to'>): string[] {
  const monday = new Date(from.getTime() - ((from.getUTCDay() + 6) % 7) * DAY);
  const weeks: string[] = [];
  for (let t = monday.getTime(); t < to.getTime(); t += 7 * DAY) weeks.push(dayOf(new Date(t)));
  return weeks;
}
