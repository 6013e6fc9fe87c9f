// The watch keeps a row for every daily check of every cited page of a published verdict, even when
// nothing changed (status, hash and readable text; no body): thousands of rows a day on a busy desk.
// After WATCH_KEEP_DAYS they are deleted, except the captures something still points at: the copy
// readers open, the watch's baseline, and both sides of every source change, resolved ones too
// (a change is part of the claim's record, and deleting its capture would delete it).
import type { Db } from '@/lib/db/create-client';
import { getEnv } from '@/lib/env';
import type { JobHandler } from '@/lib/jobs/define-job';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Deletes the unreferenced watch captures taken before `keepDays` ago; returns how many. */
export async function pruneWatchCaptures(db: Db, keepDays = getEnv().WATCH_KEEP_DAYS, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - keepDays * DAY_MS);
  return db.$executeRaw`
    DELETE FROM "EvidenceCapture" c
    WHERE c.purpose = 'WATCH' AND c."capturedAt" < ${cutoff}
      AND NOT EXISTS (SELECT 1 FROM "Evidence" e WHERE e."archiveCaptureId" = c.id OR e."watchBaselineId" = c.id)
      AND NOT EXISTS (SELECT 1 FROM "SourceChange" s WHERE s."beforeId" = c.id OR s."afterId" = c.id)`;
}

export const pruneWatchCapturesJob: JobHandler<object> = async (_payload, { db, log }) => {
  log(`watch captures pruned: ${await pruneWatchCaptures(db)}`);
};
