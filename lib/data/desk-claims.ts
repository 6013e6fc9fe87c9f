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
        needsAttention: true,
        publicOutOfDate: true,
        updatedAt: true,
        source: { select: { name: true } },
        article: { select: { id: true, title: true } },
        assignee: { select: { name: true } },
      },
    })
    .then((rows) => ({ claims: rows.slice(0, PAGE), hasMore: rows.length > PAGE }));
}
