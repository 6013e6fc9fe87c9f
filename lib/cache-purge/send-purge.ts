// Sends one outbox row's purges to a caching proxy: one PURGE request per path, the scope in a header
// (deploy/varnish/claimdesk.vcl reads it). Success means every path answered 2xx.
import type { PurgePath } from './purge-plan';

const TIMEOUT_MS = 3_000;

export type SendPurge = (target: string, paths: readonly PurgePath[]) => Promise<void>;

export const sendPurgeOverHttp: SendPurge = async (target, paths) => {
  // All at once: a purge is idempotent, and readers wait for the slowest one.
  const results = await Promise.allSettled(paths.map(({ path, scope }) => purgeOne(new URL(path, target), scope)));
  const failed = results.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
};

async function purgeOne(url: URL, scope: PurgePath['scope']) {
  const response = await fetch(url, { method: 'PURGE', headers: { 'X-Purge-Scope': scope }, signal: AbortSignal.timeout(TIMEOUT_MS) });
  await response.body?.cancel();
  if (!response.ok) throw new Error(`${url.href} answered ${response.status} ${response.statusText}`.trim());
}
