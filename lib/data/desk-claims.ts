import 'server-only';
import { requirePermission } from '@/lib/auth/guard';
import { db } from '@/lib/db';
import type { ClaimStatus, Publication } from '@/lib/generated/prisma/enums';

const PAGE = 100;

/** Claims in the desk, newest first, filtered by status and publication. */
export async function listDeskClaims(filter: { status: ClaimStatus | null; publication: Publication | null; page: number }) {
  await requirePermission('desk:read');
  return db.claim
    .findMany({
      where: {
        deletedAt: null,
        ...(filter.status ? { status: filter.status } : {}),
        ...(filter.publication ? { publication: filter.publication } : {}),
      },
      orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
      skip: (filter.page - 1) * PAGE,
      take: PAGE + 1,
      select: {
        id: true,
        summary: true,
        status: true,
        publication: true,
        publicOutOfDate: true,
        updatedAt: true,
        assignee: { select: { name: true } },
        attributions: {
          orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
          select: { needsAttention: true, source: { select: { name: true } }, article: { select: { id: true, title: true } } },
        },
      },
    })
    .then((rows) => ({ claims: rows.slice(0, PAGE).map(withFirstAttribution), hasMore: rows.length > PAGE }));
}

/** The list shows where a claim was first said, how many other places, and whether any quote is lost. */
function withFirstAttribution<
  T extends { attributions: { needsAttention: boolean; source: { name: string } | null; article: { id: string; title: string } }[] },
>({ attributions, ...claim }: T) {
  const first = attributions[0];
  return {
    ...claim,
    needsAttention: attributions.some((a) => a.needsAttention),
    source: first?.source ?? null,
    article: first?.article ?? null,
    attributionCount: attributions.length,
  };
}
