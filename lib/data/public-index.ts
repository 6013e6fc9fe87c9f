// The public index, search and source pages, read from the approved snapshots only (jsonb fields of
// "publicSnapshot"): never from the working Claim, Source or Article rows, which editors may have
// changed since approval. Fast on 10,000+ claims through the indexes of the public_snapshot_v2 and
// claim_attributions migrations: a GIN index on the generated "publicSearchVector", a partial index
// on the list order and a GIN index on the snapshot's attributions (a source's claims by containment).
// A list item names where the claim was first said (its first attribution).
import 'server-only';
import { unstable_cache } from 'next/cache';
import { cache } from 'react';
import { z } from 'zod';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { publicSnapshotSchema } from '@/lib/claims/public-snapshot';
import { normalizeSourceName } from '@/lib/claims/source-name';
import { publicTags } from '@/lib/public-tags';
import { isRecordId } from '@/lib/record-id';
import { PAGE_SIZE, type PublicSearch } from '@/lib/schemas/public-search';

const snap = publicSnapshotSchema.shape;
const listItemSchema = z.object({
  id: z.string(),
  summary: snap.summary,
  status: snap.status,
  publishedAt: snap.publishedAt,
  sourceId: z.string().nullable(),
  sourceName: z.string().nullable(),
  sourceKind: snap.attributions.element.shape.source.unwrap().shape.kind.nullable(),
  articleTitle: z.string(),
  publisher: z.string().nullable(),
  language: z.string(),
});

export type PublicListItem = z.infer<typeof listItemSchema>;

// Public = has a version 3 snapshot (anything else is repaired when its page is read).
const PUBLIC = Prisma.sql`c."publicSnapshot" IS NOT NULL AND c."deletedAt" IS NULL AND c."publication" <> 'DRAFT' AND c."publicSnapshot"->>'version' = '3'`;
const FIRST = Prisma.sql`(c."publicSnapshot"->'attributions'->0)`;
const ITEM_COLUMNS = Prisma.sql`c."id", c."publicSnapshot"->>'summary' AS "summary", c."publicSnapshot"->>'status' AS "status", c."publicSnapshot"->>'publishedAt' AS "publishedAt",
  ${FIRST}#>>'{source,id}' AS "sourceId", ${FIRST}#>>'{source,name}' AS "sourceName", ${FIRST}#>>'{source,kind}' AS "sourceKind",
  ${FIRST}#>>'{article,title}' AS "articleTitle", ${FIRST}#>>'{article,publisher}' AS "publisher", c."publicSnapshot"->>'language' AS "language"`;
/** The claim has an attribution to this source (served by the GIN index on the attributions). */
const attributedTo = (sourceId: string) =>
  Prisma.sql`c."publicSnapshot"->'attributions' @> jsonb_build_array(jsonb_build_object('source', jsonb_build_object('id', ${sourceId}::text)))`;

const attributedToAnyOf = (sourceIds: string[]) => Prisma.sql`EXISTS (
  SELECT 1 FROM jsonb_array_elements(c."publicSnapshot"->'attributions') AS a
  WHERE a->'source'->>'id' = ANY(${sourceIds}::text[]))`;

/** Rows that do not read as a snapshot's fields are left out (and logged), never shown half-read. */
function toItems(rows: unknown[]): PublicListItem[] {
  return rows.flatMap((row) => {
    const parsed = listItemSchema.safeParse(row);
    if (parsed.success) return [parsed.data];
    console.error(`[public-snapshot] unreadable list row ${JSON.stringify((row as { id?: unknown }).id)} left out`);
    return [];
  });
}

/** Published verdicts matching the search, newest first, one page; with the total for paging. */
async function runSearch(search: PublicSearch, sourceIds: string[] | null): Promise<{ items: PublicListItem[]; total: number }> {
  const conditions = [PUBLIC];
  // websearch_to_tsquery never raises on user syntax: quotes, operators and symbols are just words.
  if (search.q) conditions.push(Prisma.sql`c."publicSearchVector" @@ websearch_to_tsquery('simple', ${search.q})`);
  if (search.verdict) conditions.push(Prisma.sql`c."publicSnapshot"->>'status' = ${search.verdict}`);
  if (search.sourceId) conditions.push(attributedTo(search.sourceId));
  // Any number of matching sources is one bound array: a short typed name may match hundreds.
  if (sourceIds) conditions.push(attributedToAnyOf(sourceIds));
  // "publishedAt" is written once, at the first approval, and equals the snapshot's.
  if (search.from) conditions.push(Prisma.sql`c."publishedAt" >= ${search.from}`);
  if (search.to) conditions.push(Prisma.sql`c."publishedAt" < ${new Date(search.to.getTime() + 86_400_000)}`);
  const rows = await db.$queryRaw<{ total: bigint }[]>`
    SELECT ${ITEM_COLUMNS}, count(*) OVER () AS "total"
    FROM "Claim" c
    WHERE ${Prisma.join(conditions, ' AND ')}
    ORDER BY c."publishedAt" DESC, c."id" DESC
    LIMIT ${PAGE_SIZE} OFFSET ${(search.page - 1) * PAGE_SIZE}`;
  return { items: toItems(rows), total: rows[0] ? Number(rows[0].total) : 0 };
}

export async function searchPublishedClaims(search: PublicSearch) {
  // A typed source name means every public source whose name contains those words.
  const sourceIds = search.sourceName ? (await findPublicSources(search.sourceName, Infinity)).map((s) => s.id) : null;
  if (sourceIds?.length === 0) return { items: [], total: 0 };
  const key = JSON.stringify(search);
  const cached = unstable_cache(() => runSearch(search, sourceIds), ['public-search', key], { tags: [publicTags.list], revalidate: 300 });
  const result = await cached();
  return { ...result, items: toItems(result.items) };
}

/** Claims per page of a source's track record: a source quoted 500 times is not one 800 kB page. */
export const TRACK_RECORD_PAGE_SIZE = 50;

const countRowSchema = z.object({
  status: snap.status,
  stance: z.enum(['ASSERTS', 'DENIES']),
  count: z.coerce.number(),
  inIndonesian: z.coerce.number(),
});

type VerdictCounts = Partial<Record<PublicListItem['status'], number>>;

/** The source's own attributions of a claim: what it said, and whether it asserted or denied it. */
const OWN = (sourceId: string) => Prisma.sql`jsonb_path_query_first(c."publicSnapshot",
  '$.attributions[*] ? (@.source.id == $id)', jsonb_build_object('id', ${sourceId}::text))`;

const sourceRowSchema = z.object({ name: z.string(), kind: listItemSchema.shape.sourceKind.unwrap() });

/**
 * A source's public track record, one page of it: its name and kind as in its latest approved
 * verdict, the verdict counts over all its claims, apart for what it asserted and what it denied
 * (counted in the database), and the page's claims.
 */
async function loadTrackRecord(sourceId: string, page: number) {
  const [latestRows, countRows, rows] = await Promise.all([
    db.$queryRaw<unknown[]>`SELECT ${OWN(sourceId)}#>>'{source,name}' AS "name", ${OWN(sourceId)}#>>'{source,kind}' AS "kind"
      FROM "Claim" c WHERE ${PUBLIC} AND ${attributedTo(sourceId)} ORDER BY c."publishedAt" DESC, c."id" DESC LIMIT 1`,
    db.$queryRaw<unknown[]>`
      SELECT c."publicSnapshot"->>'status' AS "status", ${OWN(sourceId)}->>'stance' AS "stance", count(*) AS "count",
        count(*) FILTER (WHERE c."publicSnapshot"->>'language' = 'id') AS "inIndonesian"
      FROM "Claim" c WHERE ${PUBLIC} AND ${attributedTo(sourceId)} GROUP BY 1, 2`,
    db.$queryRaw<unknown[]>`
      SELECT ${ITEM_COLUMNS}, ${OWN(sourceId)}->>'stance' AS "sourceStance" FROM "Claim" c
      WHERE ${PUBLIC} AND ${attributedTo(sourceId)}
      ORDER BY c."publishedAt" DESC, c."id" DESC LIMIT ${TRACK_RECORD_PAGE_SIZE} OFFSET ${(page - 1) * TRACK_RECORD_PAGE_SIZE}`,
  ]);
  const latest = sourceRowSchema.safeParse(latestRows[0]);
  if (!latest.success) return null;
  const counts = countRows.flatMap((row) => {
    const parsed = countRowSchema.safeParse(row);
    return parsed.success ? [parsed.data] : [];
  });
  const tally = (stance: 'ASSERTS' | 'DENIES'): VerdictCounts =>
    Object.fromEntries(counts.filter((c) => c.stance === stance).map((c) => [c.status, c.count]));
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  const inIndonesian = counts.reduce((sum, c) => sum + c.inIndonesian, 0);
  return {
    source: { id: sourceId, ...latest.data },
    /** Verdicts on what the source put forward, and on what it denied (a denied FALSE claim speaks for the source). */
    counts: tally('ASSERTS'),
    deniedCounts: tally('DENIES'),
    total,
    locale: inIndonesian * 2 >= total ? ('id' as const) : ('en' as const),
    page,
    pages: Math.max(1, Math.ceil(total / TRACK_RECORD_PAGE_SIZE)),
    claims: withSourceStance(rows),
  };
}

/** One read per request: the page and its metadata share it (React's cache()). */
export const getSourceTrackRecord = cache(async (sourceId: string, page = 1) => {
  if (!isRecordId(sourceId) || !Number.isInteger(page) || page < 1) return null;
  const cached = unstable_cache(() => loadTrackRecord(sourceId, page), ['source-track-record', sourceId, String(page)], {
    tags: [publicTags.source(sourceId), publicTags.list],
    revalidate: 3600,
  });
  const record = await cached();
  return record ? { ...record, claims: withSourceStance(record.claims) } : null;
});

/** List items with the source's own stance on each claim. */
function withSourceStance(rows: unknown[]) {
  return rows.flatMap((row) => {
    const stance = (row as { sourceStance?: unknown }).sourceStance;
    return toItems([row]).map((item) => ({ ...item, sourceStance: stance === 'DENIES' ? ('DENIES' as const) : ('ASSERTS' as const) }));
  });
}

export type SourceTrackRecord = NonNullable<Awaited<ReturnType<typeof getSourceTrackRecord>>>;

/** Sources named in at least one public verdict, as approved, with their name's search key. */
async function loadPublicSources() {
  const rows = await db.$queryRaw<{ id: string; name: string }[]>`
    SELECT DISTINCT ON (a#>>'{source,id}') a#>>'{source,id}' AS "id", a#>>'{source,name}' AS "name"
    FROM "Claim" c CROSS JOIN LATERAL jsonb_array_elements(c."publicSnapshot"->'attributions') a
    WHERE ${PUBLIC} AND a#>>'{source,id}' IS NOT NULL
    ORDER BY a#>>'{source,id}', c."publishedAt" DESC`;
  return rows.map((row) => ({ ...row, key: normalizeSourceName(row.name) })).sort((a, b) => a.name.localeCompare(b.name));
}

export interface PublicSourceMatch {
  id: string;
  name: string;
}

/**
 * Public sources whose name contains the typed words (accents, case and punctuation ignored),
 * names starting with them first: the index's source filter and its suggestions.
 */
export async function findPublicSources(typed: string, limit: number): Promise<PublicSourceMatch[]> {
  const wanted = normalizeSourceName(typed);
  if (!wanted) return [];
  const sources = await unstable_cache(loadPublicSources, ['public-sources-v3'], { tags: [publicTags.list], revalidate: 3600 })();
  const matches = sources.filter((s) => s.key.includes(wanted));
  const starting = matches.filter((s) => s.key.startsWith(wanted));
  return [...starting, ...matches.filter((s) => !s.key.startsWith(wanted))].slice(0, limit).map(({ id, name }) => ({ id, name }));
}
