// The reports' queries, read from the audit log (ClaimEvent) except "open claims", which is the
// desk's state now. Written as plain SQL with $n parameters and run through whatever `run` the caller
// passes (Prisma's $queryRawUnsafe in the app, a pg pool in the benchmark), so both time the same
// statements. Every statement starts from the events of the range by (kind, at), the index the
// team_discussion_notifications migration added, and looks up each claim's earlier events by
// (claimId, at): the cost follows the range, not the size of the log.
import { CLAIM_STATUSES, STATUS_ORDER } from '@/lib/claims/status';
import type { ClaimStatus } from '@/lib/generated/prisma/enums';
import { weeksOf, type ReportFilters } from './filters';

export type RunQuery = <T>(sql: string, params: unknown[]) => Promise<T[]>;

const VERDICTS = STATUS_ORDER.filter((s) => CLAIM_STATUSES[s].isVerdict);
const VERDICT_LIST = VERDICTS.map((s) => `'${s}'`).join(', ');
const IS_VERDICT = (alias: string) => `${alias}.after->>'status' IN (${VERDICT_LIST})`;

export interface WeekRow {
  week: string;
  imported: number;
  checked: number;
  published: number;
}
export interface Durations {
  count: number;
  /** Seconds; null when there is nothing to measure. */
  median: number | null;
  p90: number | null;
}
export interface DeskReport {
  weeks: WeekRow[];
  createdToVerdict: Durations;
  submittedToPublished: Durations;
  openByStatus: { status: ClaimStatus; count: number }[];
  openByAssignee: { assigneeId: string | null; name: string | null; count: number }[];
  verdictsBySourceKind: { kind: string; status: ClaimStatus; count: number }[];
}

const params = (f: ReportFilters) => [f.from, f.to, f.editorId];
const BY_EDITOR = (alias: string) => `($3::text IS NULL OR ${alias}."actorId" = $3::text)`;
const IN_RANGE = (alias: string) => `${alias}.at >= $1::timestamp AND ${alias}.at < $2::timestamp`;

/** A claim's first verdict: no verdict event before it. */
const FIRST_VERDICT = `e.kind = 'STATUS_CHANGED' AND ${IS_VERDICT('e')} AND NOT EXISTS (
  SELECT 1 FROM "ClaimEvent" p WHERE p."claimId" = e."claimId" AND p.kind = 'STATUS_CHANGED' AND p.at < e.at AND ${IS_VERDICT('p')})`;

const WEEKS_SQL = `
SELECT to_char(date_trunc('week', e.at), 'YYYY-MM-DD') AS week,
  count(DISTINCT e."claimId") FILTER (WHERE e.kind = 'CREATED')::int AS imported,
  count(DISTINCT e."claimId") FILTER (WHERE e.kind = 'STATUS_CHANGED')::int AS checked,
  count(DISTINCT e."claimId") FILTER (WHERE e.kind IN ('APPROVED', 'PUBLISHED_ALONE'))::int AS published
FROM "ClaimEvent" e
WHERE e.kind IN ('CREATED', 'STATUS_CHANGED', 'APPROVED', 'PUBLISHED_ALONE') AND ${IN_RANGE('e')} AND ${BY_EDITOR('e')}
  AND (e.kind <> 'STATUS_CHANGED' OR (${FIRST_VERDICT}))
GROUP BY 1 ORDER BY 1`;

const DURATION_COLUMNS = (span: string) => `count(*)::int AS count,
  percentile_cont(0.5) WITHIN GROUP (ORDER BY ${span}) AS median,
  percentile_cont(0.9) WITHIN GROUP (ORDER BY ${span}) AS p90`;

/** From the claim's CREATED event (its row's creation time for claims older than the log) to its first verdict. */
const CREATED_TO_VERDICT_SQL = `
SELECT ${DURATION_COLUMNS('extract(epoch FROM e.at - coalesce(c.created, k."createdAt"))')}
FROM "ClaimEvent" e
JOIN "Claim" k ON k.id = e."claimId"
CROSS JOIN LATERAL (SELECT min(x.at) AS created FROM "ClaimEvent" x WHERE x."claimId" = e."claimId" AND x.kind = 'CREATED') c
WHERE ${IN_RANGE('e')} AND ${BY_EDITOR('e')} AND ${FIRST_VERDICT}`;

/** From the last submission before each approval to the approval (publishing alone has no submission). */
const SUBMITTED_TO_PUBLISHED_SQL = `
SELECT ${DURATION_COLUMNS('extract(epoch FROM e.at - s.at)')}
FROM "ClaimEvent" e
CROSS JOIN LATERAL (
  SELECT x.at, x."actorId" FROM "ClaimEvent" x WHERE x."claimId" = e."claimId" AND x.kind = 'SUBMITTED' AND x.at <= e.at ORDER BY x.at DESC LIMIT 1
) s
WHERE e.kind = 'APPROVED' AND ${IN_RANGE('e')} AND ${BY_EDITOR('s')}`;

const OPEN_WHERE = `c."deletedAt" IS NULL AND c."mergedIntoId" IS NULL AND c.publication <> 'PUBLISHED' AND ($3::text IS NULL OR c."assigneeId" = $3::text)`;
const OPEN_BY_STATUS_SQL = `SELECT c.status::text AS status, count(*)::int AS count FROM "Claim" c WHERE ${OPEN_WHERE} AND $1::timestamp IS NOT NULL AND $2::timestamp IS NOT NULL GROUP BY 1`;
const OPEN_BY_ASSIGNEE_SQL = `
SELECT c."assigneeId" AS "assigneeId", u.name AS name, count(*)::int AS count
FROM "Claim" c LEFT JOIN "User" u ON u.id = c."assigneeId"
WHERE ${OPEN_WHERE} AND $1::timestamp IS NOT NULL AND $2::timestamp IS NOT NULL
GROUP BY 1, 2 ORDER BY 3 DESC, 2 LIMIT 50`;

/** Claims published in the range (by the approver or admin filtered on), their current verdict, by the kind of each source that said them. */
const VERDICTS_BY_SOURCE_KIND_SQL = `
SELECT coalesce(s.kind::text, 'NONE') AS kind, c.status::text AS status, count(DISTINCT c.id)::int AS count
FROM (SELECT DISTINCT e."claimId" FROM "ClaimEvent" e
      WHERE e.kind IN ('APPROVED', 'PUBLISHED_ALONE') AND ${IN_RANGE('e')} AND ${BY_EDITOR('e')}) p
JOIN "Claim" c ON c.id = p."claimId" AND c."deletedAt" IS NULL AND c.publication = 'PUBLISHED'
JOIN "Attribution" a ON a."claimId" = c.id
LEFT JOIN "Source" s ON s.id = a."sourceId"
GROUP BY 1, 2 ORDER BY 1, 2`;

const durations = (row: { count: number; median: number | null; p90: number | null } | undefined): Durations => ({
  count: row?.count ?? 0,
  median: row?.median == null ? null : Number(row.median),
  p90: row?.p90 == null ? null : Number(row.p90),
});

export async function readDeskReport(run: RunQuery, filters: ReportFilters): Promise<DeskReport> {
  const p = params(filters);
  type D = { count: number; median: number | null; p90: number | null };
  // One after another: the pool is shared with the desk's pages, and each statement is short.
  const weekRows = await run<WeekRow>(WEEKS_SQL, p);
  const [verdict] = await run<D>(CREATED_TO_VERDICT_SQL, p);
  const [review] = await run<D>(SUBMITTED_TO_PUBLISHED_SQL, p);
  const openByStatus = await run<{ status: ClaimStatus; count: number }>(OPEN_BY_STATUS_SQL, p);
  const openByAssignee = await run<{ assigneeId: string | null; name: string | null; count: number }>(OPEN_BY_ASSIGNEE_SQL, p);
  const verdictsBySourceKind = await run<{ kind: string; status: ClaimStatus; count: number }>(VERDICTS_BY_SOURCE_KIND_SQL, p);
  const byWeek = new Map(weekRows.map((w) => [w.week, w]));
  return {
    weeks: weeksOf(filters).map((week) => byWeek.get(week) ?? { week, imported: 0, checked: 0, published: 0 }),
    createdToVerdict: durations(verdict),
    submittedToPublished: durations(review),
    openByStatus: STATUS_ORDER.map((status) => ({ status, count: openByStatus.find((r) => r.status === status)?.count ?? 0 })).filter(
      (r) => r.count > 0,
    ),
    openByAssignee,
    verdictsBySourceKind,
  };
}
