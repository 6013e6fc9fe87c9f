// The SQL of an export page, in two readings. Published claims (the public feeds, markup, and any
// export of "published") are read from their approved snapshots only, so a feed row says what the
// verdict page says; the desk's exports of drafts or of everything read the working rows.
// Either way a claim is one row, its attributions one JSON array of the same shape (the snapshot's,
// without the paragraph around each quote), in order of appearance: one query per page.
import { STATUS_ORDER, isVerdict } from '@/lib/claims/status';
import type { ExportFilters } from '@/lib/export/filters';

export const FROM_CLAIMS = `FROM "Claim" c`;

// The order of appearance is the snapshot's (claimdesk_public_snapshot): the article's date, then
// when the desk linked the quote. json (not jsonb) is built faster and read the same by pg.
const WORKING_ATTRIBUTIONS = `(SELECT json_agg(json_build_object('id', t.id, 'cue', t.cue, 'stance', t.stance,
    'quote', json_build_object('text', t."quoteText"),
    'source', CASE WHEN s.id IS NULL THEN NULL ELSE json_build_object('id', s.id, 'name', s.name, 'kind', s.kind) END,
    'article', json_build_object('title', a.title, 'url', a.url, 'publisher', a.publisher, 'author', a.author,
      'publishedAt', claimdesk_iso(a."publishedAt"), 'publishedUtcOffset', a."publishedUtcOffset", 'language', a.language))
    ORDER BY a."publishedAt" NULLS LAST, t."createdAt", t.id)
  FROM "Attribution" t JOIN "Article" a ON a.id = t."articleId" LEFT JOIN "Source" s ON s.id = t."sourceId"
  WHERE t."claimId" = c.id)`;

const WORKING_COLUMNS = `c.id, c.summary, c.language, c.status::text AS status, c.explanation, c.publication::text AS publication,
  c."publishedAt", c."updatedAt", r.name AS "reviewerName", ${WORKING_ATTRIBUTIONS} AS attributions,
  ARRAY(SELECT e.url FROM "Evidence" e WHERE e."claimId" = c.id ORDER BY e."createdAt", e.id) AS "evidenceUrls", NULL::jsonb AS "snapshotCorrections"
  ${FROM_CLAIMS} LEFT JOIN "User" r ON r.id = c."reviewedById"`;

const P = 'c."publicSnapshot"';
// The snapshot's own array, each quote's paragraph dropped in the database: it is most of the bytes
// and no export writes it.
const SNAPSHOT_ATTRIBUTIONS = `(SELECT jsonb_agg(t #- '{quote,before}' #- '{quote,after}' ORDER BY n)
  FROM jsonb_array_elements(${P}->'attributions') WITH ORDINALITY AS x(t, n))`;
// Snapshot dates are ISO 8601 with "Z": timestamptz reads them exactly.
const SNAPSHOT_COLUMNS = `c.id, ${P}->>'summary' AS summary, ${P}->>'language' AS language, ${P}->>'status' AS status,
  ${P}->>'explanation' AS explanation, 'PUBLISHED' AS publication,
  (${P}->>'publishedAt')::timestamptz AS "publishedAt", (${P}->>'approvedAt')::timestamptz AS "updatedAt",
  ${P}#>>'{reviewer,name}' AS "reviewerName", ${SNAPSHOT_ATTRIBUTIONS} AS attributions,
  ARRAY(SELECT e->>'url' FROM jsonb_array_elements(${P}->'evidence') e) AS "evidenceUrls", ${P}->'corrections' AS "snapshotCorrections"
  ${FROM_CLAIMS}`;

/** Whether the export reads approved snapshots (published claims only) or working rows. */
export function readsSnapshots(filters: ExportFilters, markupOnly: boolean): boolean {
  return markupOnly || filters.publication === 'published';
}

export function selectColumns(filters: ExportFilters, markupOnly: boolean): string {
  return readsSnapshots(filters, markupOnly) ? SNAPSHOT_COLUMNS : WORKING_COLUMNS;
}

/**
 * The filters as a parameterised WHERE over "Claim" c. A claim is in an article's or a source's
 * export when any of its attributions is (as readers see it, for snapshots), and the language is
 * the claim's own.
 */
export function whereClause(filters: ExportFilters, markupOnly: boolean): { text: string; values: unknown[] } {
  const parts = ['c."deletedAt" IS NULL'];
  const values: unknown[] = [];
  const param = (value: unknown) => `$${values.push(value)}`;
  const snapshots = readsSnapshots(filters, markupOnly);
  // Public = an approved snapshot of the current version (published, or published and under correction).
  if (snapshots) parts.push(`${P} IS NOT NULL AND c.publication <> 'DRAFT' AND ${P}->>'version' = '3'`);
  else if (filters.publication === 'draft') parts.push(`c.publication <> 'PUBLISHED'`);
  const status = snapshots ? `${P}->>'status'` : 'c.status::text';
  // Markup exists only for verdicts: of the statuses asked for (or all), keep the verdicts.
  const statuses = markupOnly ? (filters.statuses.length > 0 ? filters.statuses : STATUS_ORDER).filter(isVerdict) : filters.statuses;
  if (statuses.length > 0 || markupOnly) parts.push(`${status} = ANY(${param(statuses)}::text[])`);
  if (filters.articleId) {
    // The snapshot names no article ids, but its attribution ids are rows that keep their article:
    // each of the claim's few attributions is looked up by primary key.
    parts.push(
      snapshots
        ? `EXISTS (SELECT 1 FROM jsonb_array_elements(${P}->'attributions') x JOIN "Attribution" t ON t.id = x->>'id' WHERE t."articleId" = ${param(filters.articleId)})`
        : `EXISTS (SELECT 1 FROM "Attribution" t WHERE t."claimId" = c.id AND t."articleId" = ${param(filters.articleId)})`,
    );
  }
  if (filters.sourceId) {
    // Containment, so the GIN index on the snapshot's attributions (claim_attributions migration) answers it.
    parts.push(
      snapshots
        ? `${P}->'attributions' @> jsonb_build_array(jsonb_build_object('source', jsonb_build_object('id', ${param(filters.sourceId)}::text)))`
        : `EXISTS (SELECT 1 FROM "Attribution" t WHERE t."claimId" = c.id AND t."sourceId" = ${param(filters.sourceId)})`,
    );
  }
  // The verdict's date: when it was published, or for unpublished claims when it last changed.
  if (filters.from) parts.push(`COALESCE(c."publishedAt", c."updatedAt") >= ${param(filters.from)}::date`);
  if (filters.to) parts.push(`COALESCE(c."publishedAt", c."updatedAt") < ${param(filters.to)}::date + 1`);
  if (filters.language) parts.push(`${snapshots ? `${P}->>'language'` : 'c.language'} = ${param(filters.language)}`);
  return { text: parts.join(' AND '), values };
}
