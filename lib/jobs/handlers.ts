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
  /** Daily, after the watch: its old checks that found nothing and nothing points at are deleted. */
  'watch-captures-prune': defineJob({
    payload: z.object({}).loose(),
    queue: { retryLimit: 1, retryDelay: 300, retryBackoff: false, expireInSeconds: 600 },
    load: async () => (await import('@/lib/evidence-archive/prune-job')).pruneWatchCapturesJob,
    cron: () => getEnv().WATCH_PRUNE_CRON,
  }),
  /** One notification by e-mail, for a recipient who wants that kind immediately (lib/mail/jobs.ts). */
  'notification-email': defineJob({
    payload: z.object({ notificationId: z.string().min(1) }),
    // An SMTP server that is down is tried again for about a day, backing off, then left failed.
    queue: { retryLimit: 8, retryDelay: 60, retryBackoff: true, expireInSeconds: 120 },
    load: async () => (await import('@/lib/mail/jobs')).notificationEmailJob,
  }),
  /** One user's digest of a day's notifications of the kinds they chose as daily. */
  'daily-digest': defineJob({
    payload: z.object({ userId: z.string().min(1), day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }),
    queue: { retryLimit: 8, retryDelay: 60, retryBackoff: true, expireInSeconds: 300 },
    load: async () => (await import('@/lib/mail/jobs')).dailyDigestJob,
  }),
  /** The schedule: each morning (UTC), yesterday's digests. */
  'daily-digests': defineJob({
    payload: z.object({}).loose(),
    queue: { retryLimit: 1, retryDelay: 300, retryBackoff: false, expireInSeconds: 600 },
    load: async () => (await import('@/lib/mail/jobs')).scheduleDailyDigestsJob,
    cron: () => getEnv().DIGEST_CRON,
  }),
};

export type JobName = keyof typeof JOBS;
export type JobPayload<N extends JobName> = z.infer<(typeof JOBS)[N]['payload']>;
export const JOB_NAMES = Object.keys(JOBS) as JobName[];
