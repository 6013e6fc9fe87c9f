// The importer's parser, bounded: every preview and every CLI run parses in a worker thread of
// its own, with a memory cap and a time limit enforced by terminating the thread. A hostile
// page then costs one worker for at most the limit, never the server's request thread.
//
// One worker per parse (not a pool): an import is rare, a fresh thread leaves no state or
// memory behind from the previous page, and a terminated worker needs no replacing. The price
// is the worker's start (~0.1-0.3 s), which is kept out of the time limit. At most
// `maxConcurrent` parses run at once; the next one is told to try again instead of queueing,
// so a burst of previews cannot pile up threads or memory.

import type { ResourceLimits, Worker } from 'node:worker_threads';
import { ArticleInputError } from './input-error';
import type { ArticleImportResult } from './parse-article';
import type { ParseWorkerReply, ParseWorkerRequest } from './parse-worker-protocol';
import { startParseWorker } from './start-parse-worker';
import type { ParseArticleOptions } from './types';
import { checkRawInput } from './validate-input';

export interface ParseLimits {
  /** For the parse itself, counted once the worker has loaded the parser. */
  parseTimeoutMs: number;
  /** For loading the parser, which does not depend on the input: generous for a busy machine. */
  startTimeoutMs: number;
  maxConcurrent: number;
  resourceLimits: ResourceLimits;
}

export const PARSE_LIMITS: ParseLimits = {
  parseTimeoutMs: 2_000,
  startTimeoutMs: 30_000,
  maxConcurrent: 2,
  // Room for any 1 MB page; a runaway allocation ends the worker, not the server.
  resourceLimits: { maxOldGenerationSizeMb: 192, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
};

const failure = (error: ArticleInputError): ArticleImportResult => ({ ok: false, error });
const OUT_OF_MEMORY = 'ERR_WORKER_OUT_OF_MEMORY';

let running = 0;
const liveWorkers = new Set<Worker>();

/** Worker threads started here that have not exited yet (for tests and diagnostics). */
export function liveParseWorkerCount(): number {
  return liveWorkers.size;
}

function awaitReply(worker: Worker, request: ParseWorkerRequest, limits: ParseLimits): Promise<ArticleImportResult> {
  let timer: NodeJS.Timeout | undefined;
  const outcome = new Promise<ArticleImportResult>((resolve, reject) => {
    timer = setTimeout(() => reject(new Error('The article parser did not start in time.')), limits.startTimeoutMs);
    worker.on('message', (reply: ParseWorkerReply) => {
      if (reply.kind === 'ready') {
        clearTimeout(timer);
        timer = setTimeout(() => resolve(failure(new ArticleInputError('too-slow'))), limits.parseTimeoutMs);
        worker.postMessage(request);
      } else if (reply.kind === 'done') {
        const { result } = reply;
        resolve(result.ok ? result : failure(new ArticleInputError(result.code, result.message, result.detail)));
      } else {
        reject(new Error(`The article parser failed: ${reply.message}`));
      }
    });
    worker.on('error', (error: Error & { code?: string }) => {
      if (error.code === OUT_OF_MEMORY) {
        resolve(
          failure(
            new ArticleInputError(
              'too-complex',
              'Reading this page needed more memory than any news article: paste the article text instead.',
              { variant: 'memory' },
            ),
          ),
        );
      } else {
        reject(error);
      }
    });
    worker.on('exit', (code) => reject(new Error(`The article parser stopped unexpectedly (exit code ${code}).`)));
  });
  return outcome.finally(() => clearTimeout(timer));
}

/** Runs one request in a fresh worker and always ends the worker before returning. */
export async function runInParseWorker(request: ParseWorkerRequest, limits: ParseLimits = PARSE_LIMITS): Promise<ArticleImportResult> {
  if (running >= limits.maxConcurrent) return failure(new ArticleInputError('busy'));
  running++;
  const worker = startParseWorker(limits.resourceLimits);
  liveWorkers.add(worker);
  worker.once('exit', () => liveWorkers.delete(worker));
  try {
    return await awaitReply(worker, request, limits);
  } finally {
    // Resolves once the thread has really stopped, even one spinning in a loop.
    await worker.terminate();
    running--;
  }
}

/**
 * Validates and parses importer input (text or upload bytes) off the request thread. Bad
 * input, including input too complex or too slow to parse, resolves to { ok: false } with a
 * message for the user; only a fault of the parser itself rejects.
 */
export async function parseArticleInWorker(
  raw: string | Uint8Array,
  options: ParseArticleOptions = {},
  limits: ParseLimits = PARSE_LIMITS,
): Promise<ArticleImportResult> {
  // Size and encoding are cheap to check here; input refused for them needs no thread.
  const checked = checkRawInput(raw);
  if (!checked.ok) return checked;
  return runInParseWorker({ kind: 'parse', raw: checked.text, options }, limits);
}
