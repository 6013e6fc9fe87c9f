// The admin jobs page: what pg-boss holds, read from its own tables (schema "pgboss"): per queue,
// how many jobs are queued (incl. waiting to retry), running, failed and completed in the last
// 7 days, and the latest of each with the error of failed ones. Admins only (`jobs:read`): job
// payloads and errors name evidence and addresses, and errors can say more than a desk user needs.
import 'server-only';
import { requirePermission } from '@/lib/auth/guard';
import { db } from '@/lib/db';

export const JOB_STATES_SHOWN = ['queued', 'running', 'failed', 'completed'] as const;
export type ShownJobState = (typeof JOB_STATES_SHOWN)[number];

/** How many of each kind the page lists. */
export const JOBS_LISTED = 25;

export interface JobRow {
  id: string;
  queue: string;
  state: string;
  payload: string;
  error: string | null;
  attempts: number;
  createdOn: Date;
  startedOn: Date | null;
  completedOn: Date | null;
}

/** Which pg-boss states each list shows; 'retry' is a queued job that failed before and waits. */
const STATES: Record<ShownJobState, string[]> = {
  queued: ['created', 'retry'],
  running: ['active'],
  failed: ['failed'],
  completed: ['completed'],
};

async function queueStarted(): Promise<boolean> {
  const [row] = await db.$queryRaw<{ ready: boolean }[]>`SELECT to_regclass('pgboss.job') IS NOT NULL
    AND to_regclass('pgboss.archive') IS NOT NULL AS ready`;
  return row?.ready ?? false;
}

// Jobs live in pgboss.job until maintenance moves finished ones to pgboss.archive; read both.
async function listJobs(states: string[]): Promise<JobRow[]> {
  return db.$queryRaw<JobRow[]>`
    SELECT id::text AS id, name AS queue, state::text AS state, left(coalesce(data::text, ''), 300) AS payload,
      CASE WHEN output IS NULL THEN NULL
        ELSE left(coalesce(output->>'message', output->'value'->>'message', output::text), 600) END AS error,
      retry_count AS attempts, created_on AS "createdOn", started_on AS "startedOn", completed_on AS "completedOn"
    FROM (
      SELECT id, name, state, data, output, retry_count, created_on, started_on, completed_on FROM pgboss.job
      UNION ALL
      SELECT id, name, state, data, output, retry_count, created_on, started_on, completed_on FROM pgboss.archive
    ) jobs
    WHERE name NOT LIKE '\_\_pgboss%' AND state::text = ANY(${states}) AND (state::text <> 'completed' OR completed_on > now() - interval '7 days')
    ORDER BY coalesce(completed_on, started_on, created_on) DESC
    LIMIT ${JOBS_LISTED}`;
}

async function countJobs(): Promise<Map<string, Record<ShownJobState, number>>> {
  const rows = await db.$queryRaw<{ queue: string; state: string; count: number }[]>`
    SELECT name AS queue, state::text AS state, count(*)::int AS count
    FROM (
      SELECT name, state, completed_on FROM pgboss.job
      UNION ALL
      SELECT name, state, completed_on FROM pgboss.archive
    ) jobs
    WHERE state::text <> 'completed' OR completed_on > now() - interval '7 days'
    GROUP BY name, state`;
  const byQueue = new Map<string, Record<ShownJobState, number>>();
  for (const row of rows) {
    const shown = JOB_STATES_SHOWN.find((state) => STATES[state].includes(row.state));
    if (!shown) continue; // cancelled jobs are not listed
    const counts = byQueue.get(row.queue) ?? { queued: 0, running: 0, failed: 0, completed: 0 };
    counts[shown] += row.count;
    byQueue.set(row.queue, counts);
  }
  return byQueue;
}

export async function getJobsOverview() {
  await requirePermission('jobs:read');
  if (!(await queueStarted())) return null;
  const queues = await db.$queryRaw<{ name: string }[]>`SELECT name FROM pgboss.queue ORDER BY name`;
  const [counts, ...lists] = await Promise.all([countJobs(), ...JOB_STATES_SHOWN.map((state) => listJobs(STATES[state]))]);
  // pg-boss's own internal queues ("__pgboss__send-it") are its business, not the admin's.
  const names = [...new Set([...queues.map((queue) => queue.name), ...counts.keys()])]
    .filter((name) => !name.startsWith('__pgboss'))
    .sort();
  return {
    queues: names.map((name) => ({ name, counts: counts.get(name) ?? { queued: 0, running: 0, failed: 0, completed: 0 } })),
    jobs: Object.fromEntries(JOB_STATES_SHOWN.map((state, index) => [state, lists[index] ?? []])) as Record<ShownJobState, JobRow[]>,
  };
}

export type JobsOverview = NonNullable<Awaited<ReturnType<typeof getJobsOverview>>>;
