// The desk home: claims by status, the signed-in editor's own queue (assigned to them, waiting for
// their review) and the latest activity across the desk.
import 'server-only';
import { unstable_cache } from 'next/cache';
import { requirePermission } from '@/lib/auth/guard';
import { db } from '@/lib/db';
import type { ClaimStatus } from '@/lib/generated/prisma/enums';

const claimCard = {
  id: true,
  summary: true,
  status: true,
  publication: true,
  updatedAt: true,
  /** Where it was first said, to tell similar statements apart in the queues. */
  attributions: { orderBy: { createdAt: 'asc' }, take: 1, select: { article: { select: { title: true } } } },
} as const;

/** How old the desk's claim counts may be, in seconds. */
export const DESK_COUNTS_MAX_AGE = 10;

/**
 * Claims by status, the same for every desk user: counting every claim on each visit of the desk
 * home was most of its database time, so the counts are shared and at most 10 s old (the lists they
 * link to are always live). Only numbers are cached, never a user's data.
 */
const countClaimsByStatus = unstable_cache(
  async (): Promise<[ClaimStatus, number][]> => {
    const rows = await db.claim.groupBy({ by: ['status'], where: { deletedAt: null }, _count: { _all: true } });
    return rows.map((row) => [row.status, row._count._all]);
  },
  ['desk-claim-counts'],
  { revalidate: DESK_COUNTS_MAX_AGE },
);

/**
 * The 10 newest articles with their live claim counts. Counted for those 10 only: Prisma's
 * `_count` here aggregated every attribution of every article (joined to the whole Claim table)
 * before keeping 10, 50 to 150 ms of PostgreSQL per desk visit on 10,000 claims.
 */
async function listRecentArticles() {
  const articles = await db.article.findMany({
    orderBy: { createdAt: 'desc' },
    take: 10,
    select: { id: true, title: true, publisher: true, createdAt: true },
  });
  if (articles.length === 0) return [];
  const counts = await db.attribution.groupBy({
    by: ['articleId'],
    where: { articleId: { in: articles.map((article) => article.id) }, claim: { deletedAt: null } },
    _count: { _all: true },
  });
  const byArticle = new Map(counts.map((row) => [row.articleId, row._count._all]));
  return articles.map((article) => ({ ...article, liveClaims: byArticle.get(article.id) ?? 0 }));
}

export async function getDeskOverview(userId: string) {
  await requirePermission('desk:read');
  const [byStatus, articles, assignedToMe, inReview, recentActivity] = await Promise.all([
    countClaimsByStatus(),
    listRecentArticles(),
    db.claim.findMany({
      where: { deletedAt: null, assigneeId: userId, publication: { not: 'PUBLISHED' } },
      orderBy: { updatedAt: 'desc' },
      take: 20,
      select: claimCard,
    }),
    db.claim.findMany({
      where: { deletedAt: null, publication: 'IN_REVIEW', OR: [{ verdictById: null }, { verdictById: { not: userId } }] },
      orderBy: { updatedAt: 'asc' },
      take: 50,
      select: {
        ...claimCard,
        events: {
          where: { kind: { in: ['SUBMITTED', 'CORRECTED'] } },
          orderBy: { at: 'desc' },
          take: 1,
          select: { actorId: true, actor: { select: { name: true } } },
        },
      },
    }),
    db.claimEvent.findMany({
      where: { claim: { deletedAt: null } },
      orderBy: [{ at: 'desc' }, { id: 'desc' }],
      take: 15,
      select: {
        id: true,
        kind: true,
        before: true,
        after: true,
        at: true,
        actor: { select: { name: true } },
        claim: { select: { id: true, summary: true } },
      },
    }),
  ]);
  // "Waiting for my review": in review, and neither my verdict nor my submission (the same rule as approving).
  const waitingForMyReview = inReview
    .filter((claim) => claim.events[0]?.actorId !== userId)
    .slice(0, 20)
    .map(({ events, ...claim }) => ({ ...claim, submittedBy: events[0]?.actor.name ?? null }));
  return {
    countsByStatus: new Map(byStatus),
    articles,
    assignedToMe,
    waitingForMyReview,
    recentActivity,
  };
}

export type DeskOverview = Awaited<ReturnType<typeof getDeskOverview>>;
