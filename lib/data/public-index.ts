// The public index, search and source pages, read from the approved snapshots only (jsonb fields of
// "publicSnapshot"): never from the working Claim, Source or Article rows, which editors may have
// changed since approval. Fast on 10,000+ claims through the indexes of the public_snapshot_v2
// migration: a GIN index on the generated "publicSearchVector", a partial index on the list order
// and an expression index on the snapshot's source id.
import 'server-only';
import { unstable_cache } from 'next/cache';
import { z } from 'zod';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { publicSnapshotSchema } from '@/lib/claims/public-snapshot';
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
  sourceKind: snap.source.unwrap().shape.kind.nullable(),
  articleTitle: z.string(),
  publisher: z.string().nullable(),
  language: z.string(),
});

export type PublicListItem = z.infer<typeof listItemSchema>;

// Public = has a version 2 snapshot (anything else is repaired when its page is read).
const PUBLIC = Prisma.sql`c."publicSnapshot" IS NOT NULL AND c."deletedAt" IS NULL AND c."publication" <> 'DRAFT' AND c."publicSnapshot"->>'version' = '2'`;
const SOURCE_ID = Prisma.sql`(c."publicSnapshot"#>>'{source,id}')`;
const ITEM_COLUMNS = Prisma.sql`c."id", c."publicSnapshot"->>'summary' AS "summary", c."publicSnapshot"->>'status' AS "status", c."publicSnapshot"->>'publishedAt' AS "publishedAt",
  ${SOURCE_ID} AS "sourceId", c."publicSnapshot"#>>'{source,name}' AS "sourceName", c."publicSnapshot"#>>'{source,kind}' AS "sourceKind",
  c."publicSnapshot"#>>'{article,title}' AS "articleTitle", c."publicSnapshot"#>>'{article,publisher}' AS "publisher", c."publicSnapshot"#>>'{article,language}' AS "language"`;

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
async function runSearch(search: PublicSearch): Promise<{ items: PublicListItem[]; total: number }> {
  const conditions = [PUBLIC];
  // websearch_to_tsquery never raises on user syntax: quotes, operators and symbols are just words.
  if (search.q) conditions.push(Prisma.sql`c."publicSearchVector" @@ websearch_to_tsquery('simple', ${search.q})`);
  if (search.verdict) conditions.push(Prisma.sql`c."publicSnapshot"->>'status' = ${search.verdict}`);
  if (search.sourceId) conditions.push(Prisma.sql`${SOURCE_ID} = ${search.sourceId}`);
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
  const key = JSON.stringify(search);
  const cached = unstable_cache(() => runSearch(search), ['public-search', key], { tags: [publicTags.list], revalidate: 300 });
  const result = await cached();
  return { ...result, items: toItems(result.items) };
}

/** A source's public track record: its name and kind as in its latest approved verdict. */
async function loadTrackRecord(sourceId: string) {
  const rows = await db.$queryRaw<unknown[]>`
    SELECT ${ITEM_COLUMNS} FROM "Claim" c
    WHERE ${PUBLIC} AND ${SOURCE_ID} = ${sourceId}
    ORDER BY c."publishedAt" DESC, c."id" DESC LIMIT 500`;
  const claims = toItems(rows);
  const latest = claims[0];
  if (!latest?.sourceName || !latest.sourceKind) return null;
  return { source: { id: sourceId, name: latest.sourceName, kind: latest.sourceKind }, claims };
}

export async function getSourceTrackRecord(sourceId: string) {
  if (!isRecordId(sourceId)) return null;
  const cached = unstable_cache(() => loadTrackRecord(sourceId), ['source-track-record', sourceId], { tags: [publicTags.source(sourceId), publicTags.list], revalidate: 3600 });
  const record = await cached();
  return record ? { ...record, claims: toItems(record.claims) } : null;
}

/** Sources named in at least one public verdict, as approved, for the index's source filter. */
async function loadPublicSources() {
  return db.$queryRaw<{ id: string; name: string }[]>`
    SELECT DISTINCT ON (${SOURCE_ID}) ${SOURCE_ID} AS "id", c."publicSnapshot"#>>'{source,name}' AS "name"
    FROM "Claim" c WHERE ${PUBLIC} AND ${SOURCE_ID} IS NOT NULL
    ORDER BY ${SOURCE_ID}, c."publishedAt" DESC`.then((rows) => rows.sort((a, b) => a.name.localeCompare(b.name)));
}

export async function listPublicSources() {
  const cached = unstable_cache(loadPublicSources, ['public-sources'], { tags: [publicTags.list], revalidate: 3600 });
  return cached();
}
