// The background loop of each app instance that sends due proxy purges from the outbox (outbox.ts):
// those whose writer did not send them, and retries. Started by instrumentation.ts when
// CACHE_PURGE_TARGETS is set. One drain at a time per process; the database keeps instances apart.
import 'server-only';
import { db } from '@/lib/db';
import { getEnv } from '@/lib/env';
import { drainPurgeOutbox } from './outbox';
import { sendPurgeOverHttp } from './send-purge';

const POLL_MS = 1_000;
const STARTED = Symbol.for('claimdesk.cachePurgeDrainer');

export function startPurgeDrainer() {
  const holder = globalThis as Record<symbol, unknown>;
  if (holder[STARTED] || getEnv().CACHE_PURGE_TARGETS.length === 0) return;
  holder[STARTED] = true;
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    drainPurgeOutbox(db, { send: sendPurgeOverHttp })
      .catch((error: unknown) => console.warn(`cache purge: reading the outbox failed, trying again: ${String(error)}`))
      .finally(() => {
        running = false;
      });
  }, POLL_MS);
  timer.unref();
}
