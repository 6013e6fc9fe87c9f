import 'server-only';
import { unstable_cache } from 'next/cache';
import type { PublishedClaim } from '@/lib/claims/published-claim';
import { db } from '@/lib/db';
import type { Db } from '@/lib/db/create-client';
import { Prisma } from '@/lib/generated/prisma/client';
import { publicTags } from '@/lib/public-tags';
import { isRecordId } from '@/lib/record-id';

export const PUBLISHED_CLAIM_SELECT = {
  id: true, summary: true, status: true, explanation: true, quoteText: true, quoteStart: true, quoteEnd: true, cue: true, stance: true, publishedAt: true, updatedAt: true,
  source: { select: { id: true, name: true, kind: true } },
  article: { select: { title: true, url: true, publisher: true, author: true, publishedAt: true, publishedUtcOffset: true, language: true, body: true } },
  evidence: { orderBy: { createdAt: 'asc' }, select: { id: true, url: true, title: true, note: true, relation: true } },
  corrections: { orderBy: { at: 'asc' }, select: { id: true, what: true, why: true, at: true } },
  reviewedBy: { select: { name: true } },
} as const;

type Reader = Pick<Db, 'claim'>;

/** The claim as readers see it, from its current row (only meaningful once it has a publication date). */
export async function buildPublicView(client: Reader, id: string): Promise<PublishedClaim | null> {
  const row = await client.claim.findFirst({ where: { id, deletedAt: null }, select: PUBLISHED_CLAIM_SELECT });
  if (!row?.publishedAt) return null;
  const { reviewedBy, publishedAt, ...rest } = row;
  return { ...rest, publishedAt, reviewer: reviewedBy };
}

/**
 * A published claim shows its current row. One whose correction is in review shows the snapshot
 * taken when it was last approved, so readers keep the last reviewed verdict, never an unreviewed one.
 */
async function loadPublishedClaim(id: string): Promise<PublishedClaim | null> {
  const row = await db.claim.findFirst({
    where: { id, deletedAt: null, OR: [{ publication: 'PUBLISHED' }, { publication: 'IN_REVIEW', publicSnapshot: { not: Prisma.DbNull } }] },
    select: { publication: true, publicSnapshot: true },
  });
  if (!row) return null;
  if (row.publication === 'PUBLISHED') return buildPublicView(db, id);
  return row.publicSnapshot ? (row.publicSnapshot as unknown as PublishedClaim) : null;
}

/**
 * A published claim for its verdict page, cached across readers; publishing, correcting or
 * unpublishing the claim expires its tag (see lib/public-tags.ts). Anything not published is null.
 */
export async function getPublishedClaim(id: string): Promise<PublishedClaim | null> {
  if (!isRecordId(id)) return null;
  const cached = unstable_cache(() => loadPublishedClaim(id), ['published-claim', id], { tags: [publicTags.claim(id)], revalidate: 3600 });
  const claim = await cached();
  // The data cache stores JSON: dates come back as strings and are revived here.
  return claim ? reviveDates(claim) : null;
}

function reviveDates(claim: PublishedClaim): PublishedClaim {
  const date = (value: Date | string) => new Date(value);
  return {
    ...claim,
    publishedAt: date(claim.publishedAt),
    updatedAt: date(claim.updatedAt),
    article: { ...claim.article, publishedAt: claim.article.publishedAt ? date(claim.article.publishedAt) : null },
    corrections: claim.corrections.map((c) => ({ ...c, at: date(c.at) })),
  };
}
