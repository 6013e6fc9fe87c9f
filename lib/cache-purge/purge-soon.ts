// Sends the purges a request wrote once its response is finished. By then Next has expired the
// claim's cache tags (revalidateTag runs before the action's response, or alongside it for an
// action that renders nothing, hence the short pause), so the proxy's next fetch gets the new page
// rather than caching the old one again. Outside a request (scripts, tests) the drainer loop sends them.
import 'server-only';
import { after } from 'next/server';
import { db } from '@/lib/db';
import { drainPurgeOutbox } from './outbox';
import { sendPurgeOverHttp } from './send-purge';

const SETTLE_MS = 100;

export function purgeSoon(ids: readonly string[]) {
  if (ids.length === 0) return;
  const send = () =>
    new Promise<void>((resolve) => setTimeout(resolve, SETTLE_MS))
      .then(() => drainPurgeOutbox(db, { send: sendPurgeOverHttp, ids }))
      .catch((error: unknown) =>
        console.warn(`cache purge: sending right after the change failed (the outbox retries it): ${String(error)}`),
      );
  try {
    after(send);
  } catch {
    // Not inside a request: the rows wait for the drainer loop (ORIGIN_GRACE_MS).
  }
}
