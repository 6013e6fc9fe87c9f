// The evidence-archive job: captures the evidence's URL and records the outcome on the evidence.
// A capture for a URL the evidence no longer has (edited or removed meanwhile) is dropped: the
// edit queued its own job.
import { getEnv } from '@/lib/env';
import type { JobContext, JobHandler } from '@/lib/jobs/define-job';
import { archiveFetchLimits, capturePage, saveToWayback, type CaptureData } from './capture';
import type { FetchLimits } from './fetch-types';

export function captureRow(capture: CaptureData) {
  const { outcome: _outcome, ...row } = capture;
  return row;
}

/** The web archive to ask for a snapshot too (WAYBACK_SAVE=1), or null. */
function waybackOrigin(): string | null {
  const env = getEnv();
  return env.WAYBACK_SAVE === '1' ? env.WAYBACK_ORIGIN : null;
}

export async function archiveEvidence(
  { evidenceId, url }: { evidenceId: string; url: string },
  { db }: Pick<JobContext, 'db'>,
  limits: FetchLimits = archiveFetchLimits(),
  wayback: string | null = waybackOrigin(),
): Promise<void> {
  const evidence = await db.evidence.findUnique({ where: { id: evidenceId }, select: { url: true } });
  if (!evidence || evidence.url !== url) return;
  const capture = await capturePage(url, limits);
  // The archive's answer never decides the capture: a refusal or an outage leaves no snapshot link.
  const waybackUrl = capture.outcome === 'ARCHIVED' && wayback ? await saveToWayback(url, limits, wayback).catch(() => null) : null;
  await db.$transaction(async (tx) => {
    const current = await tx.evidence.findUnique({ where: { id: evidenceId }, select: { url: true } });
    if (!current || current.url !== url) return;
    const row = await tx.evidenceCapture.create({
      data: { ...captureRow(capture), waybackUrl, evidenceId, purpose: 'ARCHIVE' },
      select: { id: true },
    });
    // A failed refresh keeps the last good copy for readers; the desk shows why it failed.
    await tx.evidence.update({
      where: { id: evidenceId },
      data:
        capture.outcome === 'ARCHIVED'
          ? { archiveState: 'ARCHIVED', archiveError: null, archiveCaptureId: row.id, watchBaselineId: row.id }
          : { archiveState: capture.outcome, archiveError: capture.failure },
    });
  });
}

export const archiveEvidenceJob: JobHandler<{ evidenceId: string; url: string }> = (payload, context) => archiveEvidence(payload, context);
