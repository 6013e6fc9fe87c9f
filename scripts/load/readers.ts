// The readers of the load test: autocannon connections loading verdict pages, one URL per request
// from a list, with every answer's status counted (autocannon's own summary only says "non-2xx").
import { spawn } from 'node:child_process';
import path from 'node:path';
import autocannon from 'autocannon';
import { PROJECT_ROOT } from '../lib/database';

export interface ReaderTally {
  requests: number;
  byStatus: Map<number, number>;
  errors: number;
  timeouts: number;
  p50: number;
  p99: number;
  /** The slowest answer, in ms. */
  max: number;
}

export function countOf(tally: ReaderTally, test: (status: number) => boolean): number {
  let n = 0;
  for (const [status, count] of tally.byStatus) if (test(status)) n += count;
  return n;
}

export function describeStatuses(tally: ReaderTally): string {
  return [...tally.byStatus.entries()]
    .sort(([a], [b]) => a - b)
    .map(([status, count]) => `${status}: ${count}`)
    .join(', ');
}

export function loadReaders(options: { baseUrl: string; paths: string[]; connections: number; seconds: number }): Promise<ReaderTally> {
  let next = 0;
  const pick = () => options.paths[next++ % options.paths.length] ?? '/';
  const byStatus = new Map<number, number>();
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.baseUrl,
        connections: options.connections,
        duration: options.seconds,
        timeout: 10,
        headers: { accept: 'text/html' },
        requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: pick() }) }],
      },
      (error, result) => {
        if (error) return reject(error instanceof Error ? error : new Error(String(error)));
        resolve({
          requests: result.requests.total,
          byStatus,
          errors: result.errors,
          timeouts: result.timeouts,
          p50: result.latency.p50,
          p99: result.latency.p99,
          max: result.latency.max,
        });
      },
    );
    instance.on('response', (_client, statusCode) => byStatus.set(statusCode, (byStatus.get(statusCode) ?? 0) + 1));
  });
}

type ReaderOptions = Parameters<typeof loadReaders>[0];

/** loadReaders in a child process (reader-process.ts), so the caller's own requests are not delayed by it. */
export function loadReadersApart(options: ReaderOptions): Promise<ReaderTally> {
  const tsx = path.join(PROJECT_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const child = spawn(process.execPath, [tsx, path.join(PROJECT_ROOT, 'scripts', 'load', 'reader-process.ts'), JSON.stringify(options)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`the readers' process exited with code ${code}`));
      const parsed = JSON.parse(output.trim().split('\n').pop() ?? '{}') as Omit<ReaderTally, 'byStatus'> & {
        byStatus: [number, number][];
      };
      resolve({ ...parsed, byStatus: new Map(parsed.byStatus) });
    });
  });
}
