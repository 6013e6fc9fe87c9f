'use server';
// "Capture again" on a piece of evidence: queues a fresh copy of its page. Archive metadata is not
// an editorial change, so this needs no version, no review and no correction; the readers' copy
// changes only once the new capture succeeds.
import { z } from 'zod';
import { db } from '@/lib/db';
import { enqueueJob } from '@/lib/jobs/enqueue';
import { recordFormAction } from './define-action';
import { revalidatePath } from 'next/cache';

const refreshSchema = z.object({ evidenceId: z.string().min(1).max(64) });

export const refreshEvidenceArchiveAction = recordFormAction(
  {
    permission: 'claim:write',
    schema: refreshSchema,
    missing: 'VerificationActions.noSuchClaim',
    load: (id: string) => db.claim.findFirst({ where: { id, deletedAt: null }, select: { id: true } }),
  },
  async ({ row: claim, input, t }) => {
    const queued = await db.$transaction(async (tx) => {
      const evidence = await tx.evidence.findFirst({ where: { id: input.evidenceId, claimId: claim.id }, select: { id: true, url: true } });
      if (!evidence) return false;
      await tx.evidence.update({ where: { id: evidence.id }, data: { archiveState: 'QUEUED', archiveError: null } });
      await enqueueJob('evidence-archive', { evidenceId: evidence.id, url: evidence.url }, { tx });
      return true;
    });
    if (!queued) return { ok: false, message: t('VerificationActions.evidenceGone') };
    revalidatePath(`/desk/claims/${claim.id}`);
    return { ok: true, message: t('EvidenceArchive.refreshQueued') };
  },
);
