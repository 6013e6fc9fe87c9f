// When a purge that failed is tried again. Pure. Doubling from one second, at most five minutes
// apart: a proxy that is restarting gets its purges within seconds, one that is down for hours is
// not hammered, and a purge is never dropped (README, Production topology).

const FIRST_RETRY_MS = 1_000;
const MAX_RETRY_MS = 5 * 60_000;

/** Delay before the next try, after `attempts` tries that failed (1 = the first one failed). */
export function retryDelayMs(attempts: number): number {
  const exponent = Math.max(0, Math.min(attempts - 1, 20));
  return Math.min(FIRST_RETRY_MS * 2 ** exponent, MAX_RETRY_MS);
}
