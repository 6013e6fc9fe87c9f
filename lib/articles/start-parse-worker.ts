// Starts the thread that runs parse-worker.ts, in whichever way the code is being run.
// - In the Next server, Turbopack bundles a worker written exactly as
//   `new Worker(new URL('./file.ts', import.meta.url))` into a file of its own (Next 16).
// - Under tsx (the CLI) and Vitest nothing bundles it, and Node 20 cannot run TypeScript in a
//   worker, nor do loader hooks reach a worker's entry file; so the worker asks tsx to load
//   the TypeScript entry itself.

import { Worker, type ResourceLimits } from 'node:worker_threads';

function startWithTsx(options: { resourceLimits: ResourceLimits }): Worker {
  const entry = new URL('./parse-worker.ts', import.meta.url).href;
  const tsxApi = import.meta.resolve('tsx/esm/api');
  // An eval worker is a CommonJS script: a dynamic import, not a top-level one.
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => tsx.tsImport(${JSON.stringify(entry)}, ${JSON.stringify(entry)}));`;
  return new Worker(bootstrap, { ...options, eval: true });
}

export function startParseWorker(resourceLimits: ResourceLimits): Worker {
  // Next sets NEXT_RUNTIME in its server bundles; no other runner does.
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    return new Worker(new URL('./parse-worker.ts', import.meta.url), { resourceLimits });
  }
  return startWithTsx({ resourceLimits });
}
