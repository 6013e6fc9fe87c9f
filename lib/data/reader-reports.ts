// The desk inbox of readers' tips and error reports: open ones first, each with its claim, the
// claim's corrections (to link an error report to the one that followed) and its audit steps.
import 'server-only';
import { requirePermission } from '@/lib/auth/guard';
import { db } from '@/lib/db';

export const INBOX_SIZE = 100;

export async function listReaderReports() {
  await requirePermission('desk:read');
  return db.readerReport.findMany({
    orderBy: [{ status: 'asc' }, { createdAt: 'desc' }],
    take: INBOX_SIZE,
    select: {
      id: true,
      kind: true,
      text: true,
      email: true,
      status: true,
      closeReason: true,
      createdAt: true,
      claim: {
        select: { id: true, summary: true, corrections: { orderBy: { at: 'desc' }, take: 10, select: { id: true, why: true, at: true } } },
      },
      correction: { select: { id: true, why: true, at: true } },
      events: { orderBy: { at: 'asc' }, select: { id: true, kind: true, at: true, actor: { select: { name: true } } } },
    },
  });
}

export type InboxReport = Awaited<ReturnType<typeof listReaderReports>>[number];

/** The count on the desk home. */
export async function countOpenReaderReports(): Promise<number> {
  await requirePermission('desk:read');
  return db.readerReport.count({ where: { status: 'OPEN' } });
}
