// pg-boss, the job queue on PostgreSQL: its tables live in the "pgboss" schema, which it creates
// and migrates itself on start. Jobs survive restarts, are retried with backoff, and each is
// handed to exactly one worker (SELECT ... FOR UPDATE SKIP LOCKED), however many run.
import PgBoss from 'pg-boss';
import { JOB_NAMES, JOBS, type JobName } from './handlers';

export interface BossOptions {
  connectionString: string;
  /** The worker runs schedules and maintenance; a process that only enqueues does neither. */
  role: 'worker' | 'sender';
  log: (line: string) => void;
}

export async function startBoss({ connectionString, role, log }: BossOptions): Promise<PgBoss> {
  const worker = role === 'worker';
  const boss = new PgBoss({
    connectionString,
    max: worker ? 4 : 2,
    application_name: `claimdesk-jobs-${role}`,
    schedule: worker,
    supervise: worker,
    // Finished jobs stay a week for the admin page, then go.
    deleteAfterDays: 7,
  });
  boss.on('error', (error: Error) => log(`job queue: ${error.message}`));
  await boss.start();
  for (const name of JOB_NAMES) await ensureQueue(boss, name);
  return boss;
}

/** Creates a queue once; instances starting together may deadlock creating the same one, so retry. */
async function ensureQueue(boss: PgBoss, name: JobName): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    if (await boss.getQueue(name)) return;
    try {
      await boss.createQueue(name, { name, ...JOBS[name].queue });
      return;
    } catch (error) {
      if (attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 400));
    }
  }
}
