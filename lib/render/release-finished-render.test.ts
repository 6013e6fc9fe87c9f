import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it, vi } from 'vitest';

// React's cacheSignal only exists inside a server render; these tests hand the signal in.
vi.mock('react', () => ({ cacheSignal: () => null }));
const { releaseRenderWhenFinished } = await import('./release-finished-render');

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** Makes an Error the way React's flush does: inside a method whose `this` is a large object. */
function errorCapturedWith(receiver: { payload: string }): Error {
  function finish(this: { payload: string }) {
    return new Error(`render finished (${this.payload.length} bytes)`);
  }
  return finish.call(receiver);
}

/** Aborts a signal with such an Error and reports whether the object in its frames can still be collected. */
async function receiverSurvives(release: boolean): Promise<boolean> {
  const controller = new AbortController();
  if (release) releaseRenderWhenFinished(controller.signal);
  let receiver: { payload: string } | null = { payload: 'x'.repeat(1_000_000) };
  const weak = new WeakRef(receiver);
  controller.abort(errorCapturedWith(receiver));
  receiver = null;
  // WeakRefs are cleared only after the current job; collect twice across turns.
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    collectGarbage();
  }
  const survives = weak.deref() !== undefined;
  // The signal (and its reason) stay reachable until here, as a finished render's do.
  expect(controller.signal.aborted).toBe(true);
  return survives;
}

describe('releaseRenderWhenFinished', () => {
  it('a finished render stops holding what its abort reason captured', async () => {
    expect(await receiverSurvives(true)).toBe(false);
  });

  it('without it, the abort reason keeps its frames alive (what this guards against)', async () => {
    expect(await receiverSurvives(false)).toBe(true);
  });

  it('keeps the reason and its stack intact', () => {
    const controller = new AbortController();
    releaseRenderWhenFinished(controller.signal);
    const reason = new Error('done');
    controller.abort(reason);
    expect(controller.signal.reason).toBe(reason);
    expect(reason.stack).toContain('done');
  });

  it('does nothing outside a render', () => {
    expect(() => releaseRenderWhenFinished(null)).not.toThrow();
  });
});
