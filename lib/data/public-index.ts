import 'server-only';
import { unstable_cache } from 'next/cache';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { ClaimStatus, SourceKind } from '@/lib/generated/prisma/enums';
import { publicTags } from '@/lib/public-tags';
import { isRecordId } from '@/lib/record-id';
import { PAGE_SIZE, type PublicSearch } from '@/lib/schemas/public-search';

export interface PublicListItem {
  id: string;
  summary: string;
  status: ClaimStatus;
  publishedAt: Date;
  sourceId: string | null;
  sourceName: string | null;
  sourceKind: SourceKind | null;
  articleTitle: string;
  publisher: string | null;
  language: string;
}

interface Row extends Omit<PublicListItem, 'publishedAt'> {
  publishedAt: Date | string;
  total: bigint | number;
}

// What readers see of a claim under correction is its last approved snapshot, not the working row.
const PUBLIC_SUMMARY = Prisma.sql`CASE WHEN c."publication" = 'PUBLISHED' THEN c."summary" ELSE c."publicSnapshot"->>'summary' END`;
const PUBLIC_STATUS = Prisma.sql`(CASE WHEN c."publication" = 'PUBLISHED' THEN c."status" ELSE (c."publicSnapshot"->>'status')::"ClaimStatus" END)`;

/** Published verdicts matching the search, newest first, one page; with the total for paging. */
async function runSearch(search: PublicSearch): Promise<{ items: PublicListItem[]; total: number }> {
  // Public: published, or published before and now having a correction reviewed (shown as last approved).
  const conditions = [
    Prisma.sql`(c."publication" = 'PUBLISHED' OR (c."publication" = 'IN_REVIEW' AND c."publicSnapshot" IS NOT NULL))`,
    Prisma.sql`c."deletedAt" IS NULL`,
    Prisma.sql`c."publishedAt" IS NOT NULL`,
  ];
  // websearch_to_tsquery never raises on user syntax: quotes, operators and symbols are just words.
  if (search.q) conditions.push(Prisma.sql`(c."searchVector" || to_tsvector('simple', coalesce(s."name", '') || ' ' || a."title")) @@ websearch_to_tsquery('simple', ${search.q})`);
  if (search.verdict) conditions.push(Prisma.sql`${PUBLIC_STATUS} = ${search.verdict}::"ClaimStatus"`);
  if (search.sourceId) conditions.push(Prisma.sql`c."sourceId" = ${search.sourceId}`);
  if (search.from) conditions.push(Prisma.sql`c."publishedAt" >= ${search.from}`);
  if (search.to) conditions.push(Prisma.sql`c."publishedAt" < ${new Date(search.to.getTime() + 86_400_000)}`);
  const rows = await db.$queryRaw<Row[]>`
    SELECT c."id", ${PUBLIC_SUMMARY} AS "summary", ${PUBLIC_STATUS} AS "status", c."publishedAt", c."sourceId", s."name" AS "sourceName", s."kind" AS "sourceKind",
           a."title" AS "articleTitle", a."publisher", a."language", count(*) OVER () AS "total"
    FROM "Claim" c
    JOIN "Article" a ON a."id" = c."articleId"
    LEFT JOIN "Source" s ON s."id" = c."sourceId"
    WHERE ${Prisma.join(conditions, ' AND ')}
    ORDER BY c."publishedAt" DESC, c."id" DESC
    LIMIT ${PAGE_SIZE} OFFSET ${(search.page - 1) * PAGE_SIZE}`;
  const total = rows[0] ? Number(rows[0].total) : 0;
  return { items: rows.map(({ total: _total, ...row }) => ({ ...row, publishedAt: new Date(row.publishedAt) })), total };
}

export async function searchPublishedClaims(search: PublicSearch) {
  const key = JSON.stringify(search);
  const cached = unstable_cache(() => runSearch(search), ['public-search', key], { tags: [publicTags.list], revalidate: 300 });
  const result = await cached();
  return { ...result, items: result.items.map((item) => ({ ...item, publishedAt: new Date(item.publishedAt) })) };
}

async function loadTrackRecord(sourceId: string) {
  const source = await db.source.findUnique({ where: { id: sourceId }, select: { id: true, name: true, kind: true, aliases: true } });
  if (!source) return null;
  const rows = await db.claim.findMany({
    where: { sourceId, deletedAt: null, OR: [{ publication: 'PUBLISHED' }, { publication: 'IN_REVIEW', publicSnapshot: { not: Prisma.DbNull } }] },
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    take: 500,
    select: { id: true, summary: true, status: true, publication: true, publicSnapshot: true, publishedAt: true, article: { select: { title: true, publisher: true, language: true } } },
  });
  const claims = rows.map(({ publication, publicSnapshot, ...claim }) => {
    if (publication === 'PUBLISHED' || !publicSnapshot) return claim;
    const shown = publicSnapshot as { summary: string; status: ClaimStatus };
    return { ...claim, summary: shown.summary, status: shown.status };
  });
  return { source, claims };
}

export async function getSourceTrackRecord(sourceId: string) {
  if (!isRecordId(sourceId)) return null;
  const cached = unstable_cache(() => loadTrackRecord(sourceId), ['source-track-record', sourceId], { tags: [publicTags.source(sourceId), publicTags.list], revalidate: 3600 });
  const record = await cached();
  return record ? { ...record, claims: record.claims.map((c) => ({ ...c, publishedAt: c.publishedAt ? new Date(c.publishedAt) : null })) } : null;
}

/** Sources with at least one published claim, for the index's source filter. */
export async function listPublicSources() {
  const cached = unstable_cache(
    () => db.source.findMany({ where: { claims: { some: { deletedAt: null, OR: [{ publication: 'PUBLISHED' }, { publication: 'IN_REVIEW', publicSnapshot: { not: Prisma.DbNull } }] } } }, orderBy: { name: 'asc' }, select: { id: true, name: true } }),
    ['public-sources'],
    { tags: [publicTags.list], revalidate: 3600 },
  );
  return cached();
}
