// What a guarded fetch of a cited page may answer, and the limits it runs under.

export interface FetchLimits {
  /** For the whole fetch, redirects included. */
  timeoutMs: number;
  /** Of the body after decompression. */
  maxBytes: number;
  maxRedirects: number;
  /** Ports allowed besides the scheme's default (80, 443). */
  allowedPorts: readonly number[];
  /** Test-only: lets the tests' local stand-in server on 127.0.0.1 (any port) be fetched. */
  allowLoopback: boolean;
  userAgent: string;
}

export type FetchFailureCode =
  'bad-url' | 'blocked-port' | 'blocked-address' | 'dns' | 'too-many-redirects' | 'timeout' | 'too-large' | 'network';

export type FetchOutcome =
  | { ok: true; finalUrl: string; status: number; contentType: string | null; body: Buffer }
  | { ok: false; code: FetchFailureCode; detail: string; value: string | null; finalUrl: string };

export class FetchRefusal extends Error {
  constructor(
    readonly code: FetchFailureCode,
    detail: string,
    /** The one value the desk's sentence for this code names (port, address, host, limit). */
    readonly value: string | null = null,
  ) {
    super(detail);
  }
}
