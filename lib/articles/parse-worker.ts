// The worker thread that parses one article (see parse-in-worker.ts). It loads the parser,
// says it is ready, parses the one request it is sent and reports back; the parent then ends
// it. Bad input comes back as { ok: false } with the importer's message; only a bug in the
// parser itself comes back as 'failed'.

import { parentPort } from 'node:worker_threads';
import { validateArticleInput } from './parse-article';
import type { ParseWorkerReply, ParseWorkerRequest } from './parse-worker-protocol';

function handle(request: ParseWorkerRequest): ParseWorkerReply {
  if (request.kind === 'spin-for-test') {
    // Test hook: a parse that never ends, to prove the parent's time limit really stops it.
    for (;;);
  }
  const result = validateArticleInput(request.raw, request.options);
  return result.ok
    ? { kind: 'done', result: { ok: true, article: result.article } }
    : { kind: 'done', result: { ok: false, code: result.error.code, message: result.error.message, detail: result.error.detail } };
}

const port = parentPort;
if (port) {
  port.once('message', (request: ParseWorkerRequest) => {
    let reply: ParseWorkerReply;
    try {
      reply = handle(request);
    } catch (error) {
      reply = { kind: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    port.postMessage(reply);
  });
  port.postMessage({ kind: 'ready' } satisfies ParseWorkerReply);
}
