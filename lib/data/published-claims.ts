import 'server-only';
import { unstable_cache } from 'next/cache';
import { cache } from 'react';
import type { PublishedClaim } from '@/lib/claims/published-claim';
import { publicSnapshotSchema } from '@/lib/claims/public-snapshot';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { publicTags } from '@/lib/public-tags';
import { isRecordId } from '@/lib/record-id';
import { snapshotOrRepair } from './snapshot-repair';

/** Public claims: those with an approved snapshot (published, or published and under correction). */
export const PUBLIC_CLAIM_WHERE = {
  deletedAt: null,
  publication: { not: 'DRAFT' },
  publicSnapshot: { not: Prisma.DbNull },
} satisfies Prisma.ClaimWhereInput;

/**
 * Readers see only the snapshot taken at approval, never the working row: a source renamed or an
 * article corrected since then changes nothing here until a second editor approves the change.
 */
async function loadPublishedClaim(id: string): Promise<PublishedClaim | null> {
  const row = await db.claim.findFirst({
    where: { id, ...PUBLIC_CLAIM_WHERE },
    select: { id: true, publication: true, publicOutOfDate: true, publicSnapshot: true },
  });
  return row ? snapshotOrRepair(row) : null;
}

/**
 * A published claim for its verdict page, cached across readers; publishing, correcting or
 * unpublishing the claim expires its tag (see lib/public-tags.ts). Anything not published is null.
 * Within one request (the page, its metadata, the redirect without a slug) it is read and parsed
 * once: React's cache() shares the answer, where each call to the data cache would query on a miss.
 */
export const getPublishedClaim = cache(async (id: string): Promise<PublishedClaim | null> => {
  if (!isRecordId(id)) return null;
  const cached = unstable_cache(() => loadPublishedClaim(id), ['published-claim', id], { tags: [publicTags.claim(id)], revalidate: 3600 });
  const claim = await cached();
  // The data cache stores JSON: the schema turns the dates back into Dates.
  return claim ? publicSnapshotSchema.parse(claim) : null;
});

/**
 * Where a claim merged into another now lives, for a permanent redirect of its old public URL:
 * the survivor, if readers can see it; null for anything else (then the old URL is simply gone).
 */
export const getMergeSurvivor = cache(async (id: string): Promise<PublishedClaim | null> => {
  if (!isRecordId(id)) return null;
  const merged = await db.claim.findFirst({ where: { id, deletedAt: { not: null } }, select: { mergedIntoId: true } });
  return merged?.mergedIntoId ? getPublishedClaim(merged.mergedIntoId) : null;
});
