// The archived copies readers may open from a verdict page: for each piece of evidence in the
// published snapshot, its archive capture, if that capture is of the very URL readers see.
import 'server-only';
import { unstable_cache } from 'next/cache';
import { db } from '@/lib/db';
import { publicTags } from '@/lib/public-tags';

/** Per evidence id: ClaimDesk's own copy, and the web archive's snapshot when WAYBACK_SAVE made one. */
export type ArchivedCopies = Record<string, { captureId: string; capturedAt: string; waybackUrl: string | null }>;

async function loadArchivedCopies(claimId: string, evidence: { id: string; url: string }[]): Promise<ArchivedCopies> {
  const rows = await db.evidence.findMany({
    where: { claimId, id: { in: evidence.map((item) => item.id) }, archiveCapture: { isNot: null } },
    select: { id: true, archiveCapture: { select: { id: true, url: true, capturedAt: true, waybackUrl: true } } },
  });
  const copies: ArchivedCopies = {};
  for (const row of rows) {
    const capture = row.archiveCapture;
    if (capture && evidence.some((item) => item.id === row.id && item.url === capture.url))
      copies[row.id] = { captureId: capture.id, capturedAt: capture.capturedAt.toISOString(), waybackUrl: capture.waybackUrl };
  }
  return copies;
}

export function getArchivedCopies(claimId: string, evidence: { id: string; url: string }[]): Promise<ArchivedCopies> {
  const key = evidence.map((item) => `${item.id}:${item.url}`).join('|');
  return unstable_cache(() => loadArchivedCopies(claimId, evidence), ['archived-copies', claimId, key], {
    tags: [publicTags.claim(claimId)],
    revalidate: 3600,
  })();
}
