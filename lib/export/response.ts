// The HTTP side of an export: a download streamed chunk by chunk (pull() asks for the next page
// only when the client has taken the last one), or a one-line refusal sent before any byte of file.
import type { PublicSite } from '@/lib/claims/published-claim';
import { encodeExport } from './encode';
import { FORMAT_INFO, exportFileName } from './file-name';
import type { ExportFormat, ExportRequest } from './filters';
import type { ExportClaim } from './record';

export function refusal(status: 400 | 401 | 403 | 404, reason: string): Response {
  return new Response(`${reason}\n`, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
}

/**
 * Bytes of the chunks, read on demand. cancel() (the client went away) aborts `abort`, which the
 * data layer checks before every page, and ends the generator. A failure mid-way errors the stream,
 * so the client sees a broken download rather than a file that looks complete.
 */
export function byteStream(chunks: AsyncGenerator<string>, abort: AbortController): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await chunks.next();
        // The client may have gone while this page was read: the stream is closed, nothing to send.
        if (abort.signal.aborted) return;
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (error) {
        if (abort.signal.aborted) return; // a disconnect, not a failure
        abort.abort();
        console.error('export: stopped by an error', error);
        controller.error(error);
      }
    },
    async cancel() {
      abort.abort();
      await chunks.return(undefined);
    },
  });
}

export interface DownloadOptions {
  format: ExportFormat;
  fileName: string;
  /** Desk exports may hold drafts and are never cached; public feeds may be. */
  cacheControl: string;
  /** `inline`: shown in the browser (no Content-Disposition); a file download otherwise. */
  disposition?: 'attachment' | 'inline';
}

export function downloadResponse(
  body: ReadableStream<Uint8Array>,
  { format, fileName, cacheControl, disposition = 'attachment' }: DownloadOptions,
): Response {
  return new Response(body, {
    headers: {
      'Content-Type': FORMAT_INFO[format].contentType,
      ...(disposition === 'attachment' ? { 'Content-Disposition': `attachment; filename="${fileName}"` } : {}),
      'Cache-Control': cacheControl,
      // Proxies that buffer (nginx) would hold a 100,000-claim export back until it is complete.
      'X-Accel-Buffering': 'no',
    },
  });
}

export interface ExportDownload {
  request: ExportRequest;
  site: PublicSite;
  /** The incoming request's signal: aborted when the client disconnects. */
  clientSignal: AbortSignal;
  /** The data layer's page reader, given the signal that stops it. */
  readPages: (signal: AbortSignal) => AsyncGenerator<readonly ExportClaim[]>;
  cacheControl: string;
  disposition?: 'attachment' | 'inline';
}

/** The pages of a reader whose first page has already been read, in order. */
async function* resumePages<T>(first: IteratorResult<T>, rest: AsyncGenerator<T>): AsyncGenerator<T> {
  if (first.done) return;
  yield first.value;
  yield* rest;
}

/**
 * Call only after every check has passed. The first page is read before any header is sent, so
 * a database that is down makes this throw (the route answers 503, see lib/http/database-unavailable.ts)
 * rather than start a 200 with cache headers that it cannot finish.
 *
 * A failure after that point errors the body stream: Next then destroys the socket without the
 * final zero-length chunk, so the response is visibly incomplete. A cache (nginx, Varnish, a CDN)
 * does not store an incomplete response as a complete one (RFC 9111 section 3.3), so the cache
 * header that already went out cannot make a truncated file stick; the next request tries again.
 */
export async function exportDownload({
  request,
  site,
  clientSignal,
  readPages,
  cacheControl,
  disposition,
}: ExportDownload): Promise<Response> {
  const abort = new AbortController();
  clientSignal.addEventListener('abort', () => abort.abort(), { once: true });
  const pages = readPages(abort.signal);
  let first: IteratorResult<readonly ExportClaim[]>;
  try {
    first = await pages.next();
  } catch (error) {
    abort.abort();
    throw error;
  }
  const chunks = encodeExport(request.format, site, resumePages(first, pages));
  return downloadResponse(byteStream(chunks, abort), {
    format: request.format,
    fileName: exportFileName(request.format, request.filters),
    cacheControl,
    disposition,
  });
}
