// One load run with autocannon: fixed connections and duration, against one URL or a list of URLs
// handed out one per request (so 1,000 cold URLs are each loaded once, not 50 times at once).
import autocannon from 'autocannon';

export interface LoadOptions {
  /** Several instances of the same app share the connections between them (the two-instance floor). */
  baseUrl: string | string[];
  paths: string[];
  connections: number;
  durationSeconds: number;
  headers?: Record<string, string>;
  /** Stop after this many requests (the cold run: one request per URL); capped by maxSeconds. */
  amount?: number;
  maxSeconds?: number;
}

/** A page of the bench: its key in the table and in `--only`, its name, and how it is loaded. */
export interface BenchPage {
  key: string;
  page: string;
  load: Omit<LoadOptions, 'baseUrl'>;
  /** Loaded just before, reported and not judged (see the cold verdict pages in run.ts). */
  warmUp?: Omit<LoadOptions, 'baseUrl'>;
}

export interface LoadResult {
  requests: number;
  reqPerSec: number;
  p50: number;
  p99: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  seconds: number;
}

export async function load(options: LoadOptions): Promise<LoadResult> {
  let next = 0;
  const pick = () => options.paths[next++ % options.paths.length] ?? '/';
  const started = performance.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        // autocannon shares the connections between several URLs ("more than one url is allowed",
        // its README); its type declarations still say one.
        url: options.baseUrl as string,
        connections: options.connections,
        ...(options.amount ? { amount: options.amount } : { duration: options.durationSeconds }),
        headers: options.headers,
        requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: pick() }) }],
      },
      (error, done) => {
        clearTimeout(cap);
        if (error) reject(error instanceof Error ? error : new Error(String(error)));
        else resolve(done);
      },
    );
    const cap = setTimeout(() => instance.stop(), (options.maxSeconds ?? options.durationSeconds * 10) * 1000);
  });
  const seconds = (performance.now() - started) / 1000;
  const requests = result.requests.total;
  return {
    requests,
    // With `amount`, autocannon's own average counts whole seconds only: divide by the real time.
    reqPerSec: options.amount ? requests / seconds : result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    seconds,
  };
}

/** The size of one response body as a browser gets it uncompressed, and its status. */
export async function measureBytes(url: string, headers: Record<string, string> = {}): Promise<{ status: number; bytes: number }> {
  const response = await fetch(url, { headers: { ...headers, 'accept-encoding': 'identity' }, redirect: 'manual' });
  const body = await response.arrayBuffer();
  return { status: response.status, bytes: body.byteLength };
}
