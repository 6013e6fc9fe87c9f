// Whole-site lists for readers and crawlers, read from the approved snapshots only (like the index):
// every published correction (the corrections page), the sitemap's verdicts and sources, and the
// latest verdicts (the Atom feed). Cached under the index's tag, which every publish, correction
// and unpublish expires.
import 'server-only';
import { unstable_cache } from 'next/cache';
import { z } from 'zod';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { publicSnapshotSchema } from '@/lib/claims/public-snapshot';
import { publicTags } from '@/lib/public-tags';

const PUBLIC = Prisma.sql`c."publicSnapshot" IS NOT NULL AND c."deletedAt" IS NULL AND c."publication" <> 'DRAFT' AND c."publicSnapshot"->>'version' = '3'`;
const snap = publicSnapshotSchema.shape;
const isoDate = snap.publishedAt;

/** Rows that do not read as expected are left out, never shown half-read. */
function readRows<S extends z.ZodType>(schema: S, rows: unknown[]): z.output<S>[] {
  return rows.flatMap((row) => {
    const parsed = schema.safeParse(row);
    return parsed.success ? [parsed.data] : [];
  });
}

/** Most corrections listed on one page: the corrections page is about recent changes. */
export const CORRECTIONS_SHOWN = 500;

const correctionRow = z.object({
  id: z.string(),
  claimId: z.string(),
  summary: snap.summary,
  language: snap.language,
  what: z.string(),
  why: z.string(),
  at: isoDate,
});
export type PublicCorrection = z.infer<typeof correctionRow>;

async function loadCorrections(): Promise<PublicCorrection[]> {
  const rows = await db.$queryRaw<unknown[]>`
    SELECT x->>'id' AS "id", c."id" AS "claimId", c."publicSnapshot"->>'summary' AS "summary",
      c."publicSnapshot"->>'language' AS "language", x->>'what' AS "what", x->>'why' AS "why", x->>'at' AS "at"
    FROM "Claim" c CROSS JOIN LATERAL jsonb_array_elements(c."publicSnapshot"->'corrections') AS x
    WHERE ${PUBLIC} AND jsonb_array_length(c."publicSnapshot"->'corrections') > 0
    ORDER BY (x->>'at') DESC, x->>'id' DESC
    LIMIT ${CORRECTIONS_SHOWN}`;
  return readRows(correctionRow, rows);
}

/** Every published correction, newest first (what readers saw approved, never a pending one). */
export async function getPublicCorrections(): Promise<PublicCorrection[]> {
  const rows = await unstable_cache(loadCorrections, ['public-corrections'], { tags: [publicTags.list], revalidate: 3600 })();
  return readRows(correctionRow, rows);
}

const sitemapClaim = z.object({ id: z.string(), summary: snap.summary, language: snap.language, lastmod: isoDate });
const sitemapSource = z.object({ id: z.string(), lastmod: isoDate });

/** A sitemap holds at most 50,000 addresses (sitemaps.org); verdicts come first, newest first. */
export const SITEMAP_LIMIT = 40_000;

async function loadSitemapEntries() {
  // A verdict's lastmod is its latest correction, else its publication (what readers last saw change).
  const claims = await db.$queryRaw<unknown[]>`
    SELECT c."id", c."publicSnapshot"->>'summary' AS "summary", c."publicSnapshot"->>'language' AS "language",
      GREATEST(c."publicSnapshot"->>'publishedAt', COALESCE((SELECT max(x->>'at') FROM jsonb_array_elements(c."publicSnapshot"->'corrections') x), '')) AS "lastmod"
    FROM "Claim" c WHERE ${PUBLIC}
    ORDER BY c."publishedAt" DESC, c."id" DESC LIMIT ${SITEMAP_LIMIT}`;
  const sources = await db.$queryRaw<unknown[]>`
    SELECT s.id AS "id", max(c."publicSnapshot"->>'publishedAt') AS "lastmod"
    FROM "Claim" c CROSS JOIN LATERAL jsonb_array_elements(c."publicSnapshot"->'attributions') a
      JOIN LATERAL (SELECT a#>>'{source,id}' AS id) s ON s.id IS NOT NULL
    WHERE ${PUBLIC} GROUP BY s.id ORDER BY 2 DESC LIMIT ${SITEMAP_LIMIT}`;
  return { claims, sources };
}

export async function getSitemapEntries() {
  const { claims, sources } = await unstable_cache(loadSitemapEntries, ['public-sitemap'], { tags: [publicTags.list], revalidate: 3600 })();
  return { claims: readRows(sitemapClaim, claims), sources: readRows(sitemapSource, sources) };
}

/** The latest verdicts for the Atom feed: the fields an entry shows. */
export const FEED_SIZE = 50;
const feedRow = z.object({
  id: z.string(),
  summary: snap.summary,
  language: snap.language,
  status: snap.status,
  explanation: z.string(),
  publishedAt: isoDate,
  updated: isoDate,
});
export type FeedEntry = z.infer<typeof feedRow>;

async function loadFeedEntries() {
  return db.$queryRaw<unknown[]>`
    SELECT c."id", c."publicSnapshot"->>'summary' AS "summary", c."publicSnapshot"->>'language' AS "language",
      c."publicSnapshot"->>'status' AS "status", c."publicSnapshot"->>'explanation' AS "explanation",
      c."publicSnapshot"->>'publishedAt' AS "publishedAt",
      GREATEST(c."publicSnapshot"->>'publishedAt', COALESCE((SELECT max(x->>'at') FROM jsonb_array_elements(c."publicSnapshot"->'corrections') x), '')) AS "updated"
    FROM "Claim" c WHERE ${PUBLIC}
    ORDER BY c."publishedAt" DESC, c."id" DESC LIMIT ${FEED_SIZE}`;
}

export async function getFeedEntries(): Promise<FeedEntry[]> {
  const rows = await unstable_cache(loadFeedEntries, ['public-feed'], { tags: [publicTags.list], revalidate: 3600 })();
  return readRows(feedRow, rows);
}
