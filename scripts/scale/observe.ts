// What a reader sees, polled until it shows what it should: through the proxy or straight from an
// app instance. Reports how long it took, so the 2-second rule can be checked and printed.

export interface Seen {
  status: number;
  body: string;
  cache: string | null;
}

export async function look(url: string, headers: Record<string, string> = {}): Promise<Seen> {
  const response = await fetch(url, { headers, redirect: 'manual', signal: AbortSignal.timeout(10_000) });
  return { status: response.status, body: await response.text(), cache: response.headers.get('x-cache') };
}

/**
 * Polls every 100 ms until `ok` holds; returns the time taken (null if it never held within
 * `limitMs`) and the last answer's status, for the report.
 */
export async function timeUntil(url: string, ok: (seen: Seen) => boolean, startedAt: number, limitMs = 10_000) {
  let lastStatus: number | null = null;
  while (performance.now() - startedAt < limitMs) {
    const seen = await look(url).catch(() => null);
    lastStatus = seen?.status ?? lastStatus;
    if (seen && ok(seen)) return { ms: performance.now() - startedAt, lastStatus };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { ms: null, lastStatus };
}
