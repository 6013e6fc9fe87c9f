// `npm run worker`: the background job worker alone (archive captures, the source watch), against
// DATABASE_URL. Run as many as you like; each job runs on exactly one. SIGTERM / Ctrl-C let the
// jobs in hand finish (up to 10 s), then close every connection and exit.
import { startJobWorker } from '@/lib/jobs/worker';

const log = (line: string) => console.log(`[claimdesk worker] ${line}`);
const connectionString = process.env.DATABASE_URL;
if (!connectionString) {
  console.error('[claimdesk worker] DATABASE_URL is not set: point it at the same PostgreSQL as the app.');
  process.exit(1);
}

let worker;
try {
  worker = await startJobWorker({ connectionString, log });
} catch (error) {
  console.error(`[claimdesk worker] could not start: ${(error as Error).message}`);
  process.exit(1);
}
log('working the job queues');

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  log('stopping: finishing the jobs in hand');
  await worker.stop(10_000);
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
