import 'server-only';
import { db } from '@/lib/db';

export async function getDeskOverview() {
  const [byStatus, articles] = await Promise.all([
    db.claim.groupBy({ by: ['status'], where: { deletedAt: null }, _count: { _all: true } }),
    db.article.findMany({
      orderBy: { createdAt: 'desc' },
      take: 10,
      select: { id: true, title: true, publisher: true, createdAt: true, _count: { select: { claims: { where: { deletedAt: null } } } } },
    }),
  ]);
  return { countsByStatus: new Map(byStatus.map((row) => [row.status, row._count._all])), articles };
}
