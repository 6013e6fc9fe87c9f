// The job worker: works every queue of lib/jobs/handlers.ts and runs the schedules. Started by
// `npm run dev` / `npm start` beside Next, or alone with `npm run worker`; any number may run.
import type PgBoss from 'pg-boss';
import { createPrismaClient } from '@/lib/db/create-client';
import { startBoss } from './boss';
import type { JobContext } from './define-job';
import { JOB_NAMES, JOBS } from './handlers';

export interface JobWorker {
  boss: PgBoss;
  /** Finishes the jobs in hand (up to `timeoutMs`), then closes every connection. */
  stop: (timeoutMs?: number) => Promise<void>;
}

export interface JobWorkerOptions {
  connectionString: string;
  log?: (line: string) => void;
  /** How often an idle worker asks for work; tests use a short interval. */
  pollingIntervalSeconds?: number;
  /** Off in tests that enqueue by hand. */
  schedules?: boolean;
}

export async function startJobWorker({
  connectionString,
  log = console.log,
  pollingIntervalSeconds = 2,
  schedules = true,
}: JobWorkerOptions): Promise<JobWorker> {
  const db = createPrismaClient(connectionString, 4);
  const boss = await startBoss({ connectionString, role: 'worker', log });
  const context: JobContext = { db, log, send: (name, payload, options = {}) => boss.send(name, payload, options) };
  for (const name of JOB_NAMES) {
    const definition = JOBS[name];
    await boss.work(name, { pollingIntervalSeconds, batchSize: 1 }, async (jobs) => {
      for (const job of jobs) {
        const payload = definition.payload.safeParse(job.data);
        // A malformed payload cannot succeed on a retry: say so and let the job end.
        if (!payload.success) {
          log(`job ${name} ${job.id}: payload refused (${payload.error.issues[0]?.message ?? 'invalid'})`);
          continue;
        }
        const handler = await definition.load();
        await (handler as (payload: unknown, context: JobContext) => Promise<void>)(payload.data, context);
      }
    });
    if (definition.cron && schedules) await boss.schedule(name, definition.cron());
    else if (definition.cron) await boss.unschedule(name);
  }
  return {
    boss,
    stop: async (timeoutMs = 10_000) => {
      await boss.stop({ graceful: true, timeout: timeoutMs, wait: true });
      await db.$disconnect();
    },
  };
}
