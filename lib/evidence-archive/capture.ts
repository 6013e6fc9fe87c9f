// One capture of a cited page: fetch it under the safety limits, then keep what the desk, readers
// and the watch need. Every outcome is a record with a reason; nothing the page does throws.
import { createHash } from 'node:crypto';
import { getEnv } from '@/lib/env';
import type { FetchLimits } from './fetch-types';
import { encodeFailure } from './failure-reason';
import { kindOfContent, readableTextOf } from './readable-text';
import { safeFetch } from './safe-fetch';

export type CaptureOutcome = 'ARCHIVED' | 'FAILED' | 'TOO_LARGE';

export interface CaptureData {
  outcome: CaptureOutcome;
  url: string;
  finalUrl: string | null;
  httpStatus: number | null;
  contentType: string | null;
  sha256: string | null;
  body: Uint8Array<ArrayBuffer> | null;
  title: string | null;
  text: string | null;
  /** A reason code (failure-reason.ts), said in the editor's language on the desk. */
  failure: string | null;
}

/** The limits of issue 16: 5 redirects, 15 s, 10 MB, ports 80 and 443 unless configured. */
export function archiveFetchLimits(): FetchLimits {
  const env = getEnv();
  return {
    timeoutMs: 15_000,
    maxBytes: 10 * 1024 * 1024,
    maxRedirects: 5,
    allowedPorts: env.ARCHIVE_ALLOWED_PORTS,
    allowLoopback: env.ARCHIVE_TEST_ALLOW_LOOPBACK === '1',
    userAgent: `ClaimDesk/0.1 (evidence archive of ${env.ORGANIZATION_NAME}; +${env.ORGANIZATION_URL})`,
  };
}

export async function capturePage(url: string, limits: FetchLimits): Promise<CaptureData> {
  const fetched = await safeFetch(url, limits);
  if (!fetched.ok) {
    return {
      outcome: fetched.code === 'too-large' ? 'TOO_LARGE' : 'FAILED',
      url,
      finalUrl: fetched.finalUrl,
      httpStatus: null,
      contentType: null,
      sha256: null,
      body: null,
      title: null,
      text: null,
      failure: encodeFailure(fetched.code, fetched.value),
    };
  }
  const { body, status, contentType, finalUrl } = fetched;
  const base = { url, finalUrl, httpStatus: status, contentType, sha256: createHash('sha256').update(body).digest('hex') };
  if (status < 200 || status >= 300)
    return { ...base, outcome: 'FAILED', body: null, title: null, text: null, failure: encodeFailure('http-status', status) };
  const kind = kindOfContent(contentType, body);
  if (kind === 'other')
    return {
      ...base,
      outcome: 'FAILED',
      body: null,
      title: null,
      text: null,
      failure: encodeFailure('not-a-page', contentType),
    };
  const readable = await readableTextOf(kind, contentType, body);
  return { ...base, outcome: 'ARCHIVED', body: new Uint8Array(body), title: readable.title, text: readable.text, failure: null };
}

/**
 * Asks a web archive (WAYBACK_ORIGIN, the Internet Archive by default) to save the page. Its save
 * address redirects to the new snapshot, `<origin>/web/<timestamp>/<url>`: that address, or null
 * when the archive answered anything else (an error, a page of its own, a redirect elsewhere).
 */
export async function saveToWayback(url: string, limits: FetchLimits, origin: string): Promise<string | null> {
  const saved = await safeFetch(`${origin}/save/${url}`, { ...limits, timeoutMs: 60_000, maxBytes: 2 * 1024 * 1024 });
  const snapshots = `${origin}/web/`;
  const isSnapshot = saved.finalUrl.startsWith(snapshots) && /^\d{8,14}\//.test(saved.finalUrl.slice(snapshots.length));
  return saved.ok && saved.status < 400 && isSnapshot ? saved.finalUrl : null;
}
