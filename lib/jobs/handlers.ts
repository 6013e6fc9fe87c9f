// Every kind of background job, in one place, by name. To add one: write its handler module,
// add an entry here (payload schema, retry options, lazy `load`), and enqueue it with
// `enqueueJob('its-name', payload)` from lib/jobs/enqueue.ts. The worker creates each queue and
// works every job listed here; nothing else needs registering.
import { z } from 'zod';
import { getEnv } from '@/lib/env';
import { defineJob } from './define-job';

const RETRY_BRIEFLY = { retryLimit: 3, retryDelay: 30, retryBackoff: true } as const;

export const JOBS = {
  /** Capture a cited page (evidence added, its URL changed, or an editor asked for a fresh copy). */
  'evidence-archive': defineJob({
    payload: z.object({ evidenceId: z.string().min(1), url: z.string().min(1) }),
    queue: { ...RETRY_BRIEFLY, expireInSeconds: 120 },
    load: async () => (await import('@/lib/evidence-archive/archive-job')).archiveEvidenceJob,
  }),
  /** Re-fetch one published verdict's source and flag a change for the desk. */
  'evidence-watch': defineJob({
    payload: z.object({ evidenceId: z.string().min(1) }),
    queue: { ...RETRY_BRIEFLY, expireInSeconds: 120 },
    load: async () => (await import('@/lib/evidence-archive/watch-job')).watchEvidenceJob,
  }),
  /** The schedule: one evidence-watch job per source of a published verdict. */
  'sources-watch': defineJob({
    payload: z.object({}).loose(),
    queue: { retryLimit: 1, retryDelay: 300, retryBackoff: false, expireInSeconds: 600 },
    load: async () => (await import('@/lib/evidence-archive/watch-job')).scheduleSourceWatchJob,
    cron: () => getEnv().WATCH_CRON,
  }),
};

export type JobName = keyof typeof JOBS;
export type JobPayload<N extends JobName> = z.infer<(typeof JOBS)[N]['payload']>;
export const JOB_NAMES = Object.keys(JOBS) as JobName[];
