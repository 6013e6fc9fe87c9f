// The SQL of an export page, in two readings. Published claims (the public feeds, markup, and any
// export of "published") are read from their approved snapshots only, so a feed row says what the
// verdict page says; the desk's exports of drafts or of everything read the working rows.
import { STATUS_ORDER, isVerdict } from '@/lib/claims/status';
import type { ExportFilters } from '@/lib/export/filters';

export const FROM_CLAIMS = `FROM "Claim" c JOIN "Article" a ON a.id = c."articleId"`;

const WORKING_COLUMNS = `c.id, c.summary, c."quoteText", c.cue, c.stance::text AS stance, c.status::text AS status,
  c.explanation, c.publication::text AS publication, c."publishedAt", c."updatedAt",
  s.id AS "sourceId", s.name AS "sourceName", s.kind::text AS "sourceKind",
  a.id AS "articleId", a.title AS "articleTitle", a.url AS "articleUrl", a.publisher AS "articlePublisher", a.author AS "articleAuthor",
  a."publishedAt" AS "articlePublishedAt", a."publishedUtcOffset" AS "articleUtcOffset", a.language AS "articleLanguage", r.name AS "reviewerName",
  ARRAY(SELECT e.url FROM "Evidence" e WHERE e."claimId" = c.id ORDER BY e."createdAt", e.id) AS "evidenceUrls", NULL::jsonb AS "snapshotCorrections"
  ${FROM_CLAIMS} LEFT JOIN "Source" s ON s.id = c."sourceId" LEFT JOIN "User" r ON r.id = c."reviewedById"`;

const P = 'c."publicSnapshot"';
// Snapshot dates are ISO 8601 with "Z": timestamptz reads them exactly.
const SNAPSHOT_COLUMNS = `c.id, ${P}->>'summary' AS summary, ${P}#>>'{quote,text}' AS "quoteText", ${P}->>'cue' AS cue, ${P}->>'stance' AS stance,
  ${P}->>'status' AS status, ${P}->>'explanation' AS explanation, 'PUBLISHED' AS publication,
  (${P}->>'publishedAt')::timestamptz AS "publishedAt", (${P}->>'approvedAt')::timestamptz AS "updatedAt",
  ${P}#>>'{source,id}' AS "sourceId", ${P}#>>'{source,name}' AS "sourceName", ${P}#>>'{source,kind}' AS "sourceKind",
  c."articleId", ${P}#>>'{article,title}' AS "articleTitle", ${P}#>>'{article,url}' AS "articleUrl", ${P}#>>'{article,publisher}' AS "articlePublisher",
  ${P}#>>'{article,author}' AS "articleAuthor", (${P}#>>'{article,publishedAt}')::timestamptz AS "articlePublishedAt",
  (${P}#>>'{article,publishedUtcOffset}')::integer AS "articleUtcOffset", ${P}#>>'{article,language}' AS "articleLanguage", ${P}#>>'{reviewer,name}' AS "reviewerName",
  ARRAY(SELECT e->>'url' FROM jsonb_array_elements(${P}->'evidence') e) AS "evidenceUrls", ${P}->'corrections' AS "snapshotCorrections"
  ${FROM_CLAIMS}`;

/** Whether the export reads approved snapshots (published claims only) or working rows. */
export function readsSnapshots(filters: ExportFilters, markupOnly: boolean): boolean {
  return markupOnly || filters.publication === 'published';
}

export function selectColumns(filters: ExportFilters, markupOnly: boolean): string {
  return readsSnapshots(filters, markupOnly) ? SNAPSHOT_COLUMNS : WORKING_COLUMNS;
}

/** The filters as a parameterised WHERE over "Claim" c joined to "Article" a. */
export function whereClause(filters: ExportFilters, markupOnly: boolean): { text: string; values: unknown[] } {
  const parts = ['c."deletedAt" IS NULL'];
  const values: unknown[] = [];
  const param = (value: unknown) => `$${values.push(value)}`;
  const snapshots = readsSnapshots(filters, markupOnly);
  // Public = an approved snapshot of the current version (published, or published and under correction).
  if (snapshots) parts.push(`${P} IS NOT NULL AND c.publication <> 'DRAFT' AND ${P}->>'version' = '2'`);
  else if (filters.publication === 'draft') parts.push(`c.publication <> 'PUBLISHED'`);
  const status = snapshots ? `${P}->>'status'` : 'c.status::text';
  // Markup exists only for verdicts: of the statuses asked for (or all), keep the verdicts.
  const statuses = markupOnly ? (filters.statuses.length > 0 ? filters.statuses : STATUS_ORDER).filter(isVerdict) : filters.statuses;
  if (statuses.length > 0 || markupOnly) parts.push(`${status} = ANY(${param(statuses)}::text[])`);
  if (filters.articleId) parts.push(`c."articleId" = ${param(filters.articleId)}`);
  if (filters.sourceId) parts.push(`${snapshots ? `${P}#>>'{source,id}'` : 'c."sourceId"'} = ${param(filters.sourceId)}`);
  // The verdict's date: when it was published, or for unpublished claims when it last changed.
  if (filters.from) parts.push(`COALESCE(c."publishedAt", c."updatedAt") >= ${param(filters.from)}::date`);
  if (filters.to) parts.push(`COALESCE(c."publishedAt", c."updatedAt") < ${param(filters.to)}::date + 1`);
  if (filters.language) parts.push(`${snapshots ? `${P}#>>'{article,language}'` : 'a.language'} = ${param(filters.language)}`);
  return { text: parts.join(' AND '), values };
}
