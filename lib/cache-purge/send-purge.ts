// Sends one outbox row's purges to a caching proxy: one PURGE request per path, the scope in a header
// (deploy/varnish/claimdesk.vcl reads it). Success means every path answered 2xx.
import type { PurgePath } from './purge-plan';

const TIMEOUT_MS = 3_000;

export type SendPurge = (target: string, paths: readonly PurgePath[]) => Promise<void>;

export const sendPurgeOverHttp: SendPurge = async (target, paths) => {
  for (const { path, scope } of paths) {
    const url = new URL(path, target);
    const response = await fetch(url, { method: 'PURGE', headers: { 'X-Purge-Scope': scope }, signal: AbortSignal.timeout(TIMEOUT_MS) });
    await response.body?.cancel();
    if (!response.ok) throw new Error(`${url.href} answered ${response.status} ${response.statusText}`.trim());
  }
};
