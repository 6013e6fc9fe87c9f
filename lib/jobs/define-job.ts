// The shape of one kind of background job: what its payload is, how pg-boss retries it, and the
// code that runs it (loaded only in the worker, so enqueueing from a request stays light).
import type { z } from 'zod';
import type { Db } from '@/lib/db/create-client';

/** What every handler gets from the worker: its own database client (no request, no session). */
export interface JobContext {
  db: Db;
  log: (line: string) => void;
  /** Queues a follow-up job (a handler cannot use enqueueJob, which belongs to the app server). */
  send: (name: string, payload: object, options?: { singletonKey?: string }) => Promise<string | null>;
}

export type JobHandler<P> = (payload: P, context: JobContext) => Promise<void>;

export interface JobDefinition<P> {
  payload: z.ZodType<P>;
  /** pg-boss queue options: a failed run is retried `retryLimit` times, waiting longer each time. */
  queue: { retryLimit: number; retryDelay: number; retryBackoff: boolean; expireInSeconds: number };
  load: () => Promise<JobHandler<P>>;
  /** When it runs by itself (cron, read at worker start); unset for jobs only enqueued. */
  cron?: () => string;
}

export function defineJob<P>(definition: JobDefinition<P>): JobDefinition<P> {
  return definition;
}
