// The desk home's "Sources changed" queue: every open SourceChange of a claim still on the desk,
// oldest first, with what changed (HTTP status before and after, and a word diff of the readable
// text, computed here so the page only renders it). Anyone on the desk may read it; resolving it
// is the actions' business (lib/actions/source-changes.ts).
import 'server-only';
import { requirePermission } from '@/lib/auth/guard';
import { db } from '@/lib/db';
import { boundedDiff, textDiff } from '@/lib/evidence-archive/text-change';

/** How many open changes the desk home lists at once (the rest wait their turn). */
export const SOURCE_CHANGES_SHOWN = 20;
const CAPTURE = { id: true, httpStatus: true, text: true, capturedAt: true, body: false } as const;

export async function listOpenSourceChanges() {
  await requirePermission('desk:read');
  const where = { state: 'OPEN', evidence: { claim: { deletedAt: null } } } as const;
  const [rows, total] = await Promise.all([
    db.sourceChange.findMany({
      where,
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      take: SOURCE_CHANGES_SHOWN,
      select: {
        id: true,
        kind: true,
        changedShare: true,
        createdAt: true,
        before: { select: CAPTURE },
        after: { select: CAPTURE },
        evidence: {
          select: {
            id: true,
            title: true,
            url: true,
            archiveCaptureId: true,
            claim: { select: { id: true, summary: true, status: true } },
          },
        },
      },
    }),
    db.sourceChange.count({ where }),
  ]);
  const changes = rows.map(({ before, after, ...row }) => {
    const diff = before.text !== null && after.text !== null ? textDiff(before.text, after.text) : null;
    return {
      ...row,
      before: { id: before.id, httpStatus: before.httpStatus, capturedAt: before.capturedAt },
      after: { id: after.id, httpStatus: after.httpStatus, capturedAt: after.capturedAt },
      /** null: no text on one side (gone, a PDF); 'too-different': the diff gave up. */
      diff: before.text === null || after.text === null ? null : diff === null ? ('too-different' as const) : boundedDiff(diff),
    };
  });
  return { changes, hidden: Math.max(0, total - changes.length) };
}

export type OpenSourceChanges = Awaited<ReturnType<typeof listOpenSourceChanges>>;
export type OpenSourceChange = OpenSourceChanges['changes'][number];
