// The watch: re-fetches the sources of published verdicts and flags what changed for an editor
// (a SourceChange on the desk home). At most one open change per evidence: a later finding
// updates it. Unchanged checks keep only status, hash and text, not the body.
import { getEnv } from '@/lib/env';
import type { JobContext, JobHandler } from '@/lib/jobs/define-job';
import { captureRow } from './archive-job';
import { archiveFetchLimits, capturePage } from './capture';
import type { FetchLimits } from './fetch-types';
import { judgeChange } from './text-change';

const BASELINE = { id: true, httpStatus: true, sha256: true, text: true } as const;

export async function watchEvidence(
  { evidenceId }: { evidenceId: string },
  { db }: Pick<JobContext, 'db'>,
  limits: FetchLimits = archiveFetchLimits(),
  threshold = getEnv().WATCH_CHANGE_THRESHOLD,
): Promise<void> {
  const evidence = await db.evidence.findUnique({ where: { id: evidenceId }, select: { url: true, watchBaseline: { select: BASELINE } } });
  if (!evidence) return;
  const capture = await capturePage(evidence.url, limits);
  const baseline = evidence.watchBaseline;
  const finding = baseline ? judgeChange(baseline, capture, threshold) : null;
  const { body, ...rest } = captureRow(capture);
  await db.$transaction(async (tx) => {
    const row = await tx.evidenceCapture.create({
      data: { ...rest, body: finding ? body : null, evidenceId, purpose: 'WATCH' },
      select: { id: true },
    });
    if (!baseline) {
      if (capture.outcome === 'ARCHIVED') await tx.evidence.update({ where: { id: evidenceId }, data: { watchBaselineId: row.id } });
      return;
    }
    if (!finding) return;
    const open = await tx.sourceChange.findFirst({ where: { evidenceId, state: 'OPEN' }, select: { id: true } });
    const change = { kind: finding.kind, afterId: row.id, changedShare: finding.changedShare };
    if (open) await tx.sourceChange.update({ where: { id: open.id }, data: change });
    else await tx.sourceChange.create({ data: { ...change, evidenceId, beforeId: baseline.id } });
  });
}

export const watchEvidenceJob: JobHandler<{ evidenceId: string }> = (payload, context) => watchEvidence(payload, context);

/** The scheduled run: one watch job per piece of evidence a reader can see on a verdict page. */
export const scheduleSourceWatchJob: JobHandler<object> = async (_payload, { db, send, log }) => {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT e.id FROM "Evidence" e JOIN "Claim" c ON c.id = e."claimId"
    WHERE c."publicSnapshot" IS NOT NULL AND c."deletedAt" IS NULL
      AND c."publicSnapshot"->'evidence' @> jsonb_build_array(jsonb_build_object('id', e.id))`;
  for (const { id } of rows) await send('evidence-watch', { evidenceId: id }, { singletonKey: id });
  log(`source watch: ${rows.length} sources queued`);
};
