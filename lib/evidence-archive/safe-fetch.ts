// Fetches a cited page without letting it reach the server's own network or resources: only
// http(s) on allowed ports; every address a host name resolves to is checked in the socket's own
// DNS lookup, on every hop, so a redirect or a DNS answer that changes between check and connect
// cannot slip through; at most N redirects, one deadline for the whole fetch, and a byte limit
// counted after decompression (a small gzip bomb stays small).
import dns from 'node:dns';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import zlib from 'node:zlib';
import { isAllowedAddress, isLoopbackAddress } from './address-policy';
import { FetchRefusal, type FetchLimits, type FetchOutcome } from './fetch-types';

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

function bareHost(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, '');
}

/** Refuses a URL before any connection: scheme, port, and a literal address. */
export function checkTarget(url: URL, limits: FetchLimits): void {
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new FetchRefusal('bad-url', `only http and https addresses can be archived (${url.protocol})`, url.protocol);
  if (url.username || url.password) throw new FetchRefusal('bad-url', 'addresses with a user name or password are not fetched');
  const host = bareHost(url);
  const literal = isIP(host) !== 0;
  const loopbackHost = literal ? isLoopbackAddress(host) : host === 'localhost';
  if (url.port && !limits.allowedPorts.includes(Number(url.port)) && !(limits.allowLoopback && loopbackHost))
    throw new FetchRefusal('blocked-port', `port ${url.port} is not allowed`, url.port);
  if (literal && !isAllowedAddress(host, limits.allowLoopback))
    throw new FetchRefusal('blocked-address', `${host} is a private or reserved address`, host);
}

/** The socket's DNS lookup: resolves every address and refuses the host if any is not allowed. */
function guardedLookup(allowLoopback: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { all: true, family: options.family ?? 0 }, (error, addresses) => {
      if (error)
        return callback(new FetchRefusal('dns', `${hostname} could not be found (${error.code ?? error.message})`, hostname), '', 4);
      const refused = addresses.find((entry) => !isAllowedAddress(entry.address, allowLoopback));
      if (refused || addresses.length === 0)
        return callback(
          new FetchRefusal(
            'blocked-address',
            `${hostname} resolves to a private or reserved address (${refused?.address ?? 'none'})`,
            hostname,
          ),
          '',
          4,
        );
      if (options.all) return callback(null, addresses);
      const first = addresses[0]!;
      return callback(null, first.address, first.family);
    });
  };
}

function decoded(response: IncomingMessage): NodeJS.ReadableStream {
  const encoding = (response.headers['content-encoding'] ?? '').trim().toLowerCase();
  if (encoding === 'gzip' || encoding === 'x-gzip') return response.pipe(zlib.createGunzip());
  if (encoding === 'deflate') return response.pipe(zlib.createInflate());
  if (encoding === 'br') return response.pipe(zlib.createBrotliDecompress());
  return response;
}

function readBody(response: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declared = Number(response.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    return Promise.reject(new FetchRefusal('too-large', `the page is larger than ${maxBytes} bytes`, String(maxBytes)));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const stream = decoded(response);
    stream.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > maxBytes) {
        response.destroy();
        reject(new FetchRefusal('too-large', `the page is larger than ${maxBytes} bytes`, String(maxBytes)));
        return;
      }
      chunks.push(chunk);
    });
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', (error: Error) =>
      reject(error instanceof FetchRefusal ? error : new FetchRefusal('network', `the page could not be read (${error.message})`)),
    );
    response.on('error', (error: Error) => reject(error instanceof FetchRefusal ? error : new FetchRefusal('network', error.message)));
  });
}

interface Hop {
  response: IncomingMessage;
}

function requestOnce(url: URL, limits: FetchLimits, signal: AbortSignal): Promise<Hop> {
  checkTarget(url, limits);
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.get(url, {
      headers: {
        'user-agent': limits.userAgent,
        accept: 'text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.5',
        'accept-encoding': 'gzip, deflate, br',
      },
      lookup: guardedLookup(limits.allowLoopback),
      signal,
    });
    request.on('response', (response) => resolve({ response }));
    request.on('error', (error: Error & { code?: string }) => {
      if (error instanceof FetchRefusal) reject(error);
      else if (signal.aborted) reject(new FetchRefusal('timeout', `no complete answer within ${limits.timeoutMs / 1000} s`));
      else reject(new FetchRefusal('network', `the connection failed (${error.code ?? error.message})`, error.code ?? null));
    });
  });
}

async function follow(start: URL, limits: FetchLimits, signal: AbortSignal, where: { url: URL }): Promise<FetchOutcome> {
  let url = start;
  for (let hop = 0; ; hop++) {
    where.url = url;
    const { response } = await requestOnce(url, limits, signal);
    const status = response.statusCode ?? 0;
    const location = response.headers.location;
    if (REDIRECTS.has(status) && location) {
      response.resume();
      if (hop >= limits.maxRedirects)
        throw new FetchRefusal('too-many-redirects', `more than ${limits.maxRedirects} redirects`, String(limits.maxRedirects));
      try {
        url = new URL(location, url);
      } catch {
        throw new FetchRefusal('bad-url', `the page redirects to an invalid address (${location.slice(0, 200)})`);
      }
      continue;
    }
    const body = await readBody(response, limits.maxBytes);
    return { ok: true, finalUrl: url.href, status, contentType: response.headers['content-type'] ?? null, body };
  }
}

/** Fetches `address` under the limits. Never throws for anything the page or network does. */
export async function safeFetch(address: string, limits: FetchLimits): Promise<FetchOutcome> {
  const where = { url: new URL('about:blank') };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  try {
    let url: URL;
    try {
      url = new URL(address);
    } catch {
      return { ok: false, code: 'bad-url', detail: 'not a valid web address', value: null, finalUrl: address };
    }
    return await follow(url, limits, controller.signal, where);
  } catch (error) {
    const refusal =
      error instanceof FetchRefusal
        ? error
        : controller.signal.aborted
          ? new FetchRefusal('timeout', `no complete answer within ${limits.timeoutMs / 1000} s`)
          : new FetchRefusal('network', (error as Error).message);
    // A body read cut short by the deadline surfaces as a network error: say what really happened.
    const code = controller.signal.aborted && refusal.code === 'network' ? 'timeout' : refusal.code;
    const detail = code === 'timeout' ? `no complete answer within ${limits.timeoutMs / 1000} s` : refusal.message;
    const value = code === 'timeout' ? String(limits.timeoutMs / 1000) : refusal.value;
    return { ok: false, code, detail, value, finalUrl: where.url.href === 'about:blank' ? address : where.url.href };
  } finally {
    clearTimeout(timer);
  }
}
