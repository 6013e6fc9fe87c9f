// For the browser tests, the second web server: the job worker (as `npm start` runs it beside
// Next), allowed by ARCHIVE_TEST_ALLOW_LOOPBACK=1 to fetch the local stand-in site, which this
// process serves on E2E_STAND_IN_PORT. Two control routes let a spec change the /changing page
// and queue a watch of one evidence now (the schedule is off). SIGTERM stops both cleanly.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { startJobWorker } from '@/lib/jobs/worker';
import { startStandInSite, type StandInSite } from './stand-in-site';

const log = (line: string) => console.log(`[e2e worker] ${line}`);
const connectionString = process.env.DATABASE_URL;
if (!connectionString) throw new Error('DATABASE_URL is not set: run the browser tests through `npm test`.');
if (process.env.ARCHIVE_TEST_ALLOW_LOOPBACK !== '1') throw new Error('Run with ARCHIVE_TEST_ALLOW_LOOPBACK=1 (playwright.config.ts does).');

const worker = await startJobWorker({ connectionString, log, pollingIntervalSeconds: 0.5, schedules: false });

function readJson(request: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    let text = '';
    request.on('data', (chunk: Buffer) => (text += chunk.toString()));
    request.on('end', () => {
      try {
        resolve(text ? JSON.parse(text) : {});
      } catch {
        reject(new Error('the control body is not JSON'));
      }
    });
  });
}

function control(request: IncomingMessage, response: ServerResponse, site: StandInSite): boolean {
  const path = (request.url ?? '').split('?')[0] ?? '';
  if (!path.startsWith('/__control/')) return false;
  const answer = (status: number, body: string) => response.writeHead(status, { 'content-type': 'text/plain' }).end(body);
  if (path === '/__control/ready') {
    answer(200, 'ready');
  } else if (path === '/__control/changing' && request.method === 'POST') {
    void readJson(request).then(
      (body) => {
        const { paragraphs, status } = body as { paragraphs?: string[]; status?: number };
        if (paragraphs) site.changing.paragraphs = paragraphs;
        if (status) site.changing.status = status;
        answer(200, 'changed');
      },
      () => answer(400, 'bad JSON'),
    );
  } else if (path.startsWith('/__control/watch/') && request.method === 'POST') {
    const evidenceId = decodeURIComponent(path.slice('/__control/watch/'.length));
    worker.boss.send('evidence-watch', { evidenceId }).then(
      (id) => answer(200, id ?? 'queued'),
      (error: Error) => answer(500, error.message),
    );
  } else {
    answer(404, 'no such control');
  }
  return true;
}

const site = await startStandInSite({ port: Number(process.env.E2E_STAND_IN_PORT ?? 3101), handle: control });
log(`stand-in site on ${site.origin}, working the job queues`);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await Promise.all([worker.stop(5_000), site.close()]);
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
