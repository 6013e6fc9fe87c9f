// Lets the memory of a finished server render go.
//
// When a render finishes, React aborts its cacheSignal with an Error ("This render completed
// successfully..."). V8 keeps an Error's stack frames, each with its `this`, until someone reads
// `error.stack`, and nobody reads this one. One of those frames is the callback of the Node
// Immediate that ran React's flush; a finished Immediate keeps its link to the next ones of the same
// event-loop turn, and each of those carries the async context of another render (its React
// request, page and response). Under concurrent load every render thus held the renders after it,
// and anything long-lived made during one (a database connection, a module loaded on first use)
// held all of them: measured on 300 cold verdict pages, 294 finished renders were still in memory
// after a full GC, about 270 kB each. Reading the stack once stores it as a string and drops the
// frames, which cuts the chain.
import { cacheSignal } from 'react';

/** Turns the error's captured frames into its stack string (and so lets go of what they held). */
export function settleStack(reason: unknown): void {
  if (reason instanceof Error) void reason.stack;
}

/** Call during a server render: when the render ends, its abort reason lets go of the frames it captured. */
export function releaseRenderWhenFinished(signal: AbortSignal | null = cacheSignal()): void {
  if (!signal) return;
  if (signal.aborted) return settleStack(signal.reason);
  signal.addEventListener('abort', () => settleStack(signal.reason), { once: true });
}
