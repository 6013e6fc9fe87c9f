// The shared cache's pure parts, and (when Debian's redis-server is installed) the handler against
// a real Redis on a free loopback port: two processes' handlers, one publish.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redisUrlFrom } from './cache-handler.mjs';
import type { CacheValue } from './cache-policy.d.mts';
import RedisCacheHandler, { entryLifetimeSeconds, isStale } from './redis-cache-handler.mjs';
import { decodeEntry, encodeEntry } from './redis-entry.mjs';

const page = (html: string, status = 200, tags = 'claim:a,claims:list'): CacheValue => ({
  kind: 'APP_PAGE',
  html,
  rscData: Buffer.from(`rsc ${html}`),
  status,
  headers: { 'x-next-cache-tags': tags },
  segmentData: new Map([['/_tree', Buffer.from([0, 1, 2, 255])]]),
});

describe('shared cache entries', () => {
  it('come back from Redis with their Buffers and segment Map intact', () => {
    const value = page('<p>verdict</p>');
    const back = decodeEntry(encodeEntry({ value, writtenAt: 3 })) as {
      value: { rscData: Buffer; segmentData: Map<string, Buffer> };
      writtenAt: number;
    };
    expect(back.writtenAt).toBe(3);
    expect(Buffer.isBuffer(back.value.rscData)).toBe(true);
    expect(back.value.rscData.toString()).toBe('rsc <p>verdict</p>');
    expect(back.value.segmentData).toBeInstanceOf(Map);
    expect([...(back.value.segmentData.get('/_tree') ?? [])]).toEqual([0, 1, 2, 255]);
  });

  it('live twice their revalidation time, at least a minute, a day without one', () => {
    expect(entryLifetimeSeconds({ revalidate: 3600 })).toBe(7200);
    expect(entryLifetimeSeconds({ revalidate: 5 })).toBe(60);
    expect(entryLifetimeSeconds({ revalidate: false })).toBe(86_400);
    expect(entryLifetimeSeconds(undefined)).toBe(86_400);
  });

  it('are stale once a tag was revalidated after they were written, by the shared clock', () => {
    expect(isStale(5, [null, '4'])).toBe(false);
    expect(isStale(5, [undefined, '6'])).toBe(true);
    expect(isStale(5, [])).toBe(false);
  });

  it('are used only with a redis:// URL, and a wrong one is named', () => {
    expect(redisUrlFrom(undefined)).toBeNull();
    expect(redisUrlFrom('  ')).toBeNull();
    expect(redisUrlFrom('redis://127.0.0.1:6379')).toBe('redis://127.0.0.1:6379');
    expect(() => redisUrlFrom('http://127.0.0.1:6379')).toThrow(/REDIS_URL must be a redis:\/\//);
  });
});

const redisServer = spawnSync('sh', ['-c', 'command -v redis-server']).stdout.toString().trim();
const SHARED_KEY = Symbol.for('claimdesk.redisCacheHandler.shared');

async function freePort() {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** A handler with its own connection, as another app process would have. */
function newProcessHandler(url: string) {
  (globalThis as Record<symbol, unknown>)[SHARED_KEY] = undefined;
  return new RedisCacheHandler({}, url);
}

async function whenReady(handler: RedisCacheHandler) {
  for (let i = 0; i < 100; i++) {
    await handler.set('probe', page('probe'), {});
    if (await handler.get('probe')) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('Redis did not become ready');
}

describe.skipIf(!redisServer)('the Redis handler against redis-server', () => {
  let server: ChildProcess;
  let url: string;

  beforeAll(async () => {
    const port = await freePort();
    server = spawn(redisServer, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    url = `redis://127.0.0.1:${port}`;
  });
  afterAll(() => {
    server.kill('SIGTERM');
  });

  it('shows a publish on one instance to another at once, and never stores a not-found page', async () => {
    const a = newProcessHandler(url);
    await whenReady(a);
    const b = newProcessHandler(url);
    await whenReady(b);

    await a.set('/claims/a/slug', page('old verdict'), { cacheControl: { revalidate: 3600 } });
    expect((await b.get('/claims/a/slug'))?.value).toMatchObject({ html: 'old verdict' });

    await a.revalidateTag(['claim:a']);
    expect(await b.get('/claims/a/slug')).toBeNull();
    await b.set('/claims/a/slug', page('new verdict'), { cacheControl: { revalidate: 3600 } });
    expect((await a.get('/claims/a/slug'))?.value).toMatchObject({ html: 'new verdict' });

    // An implicit path tag given by Next at read time expires the entry too.
    await a.revalidateTag('_N_T_/claims/a/slug');
    expect(await b.get('/claims/a/slug', { softTags: ['_N_T_/claims/a/slug'] })).toBeNull();

    await a.set('/claims/missing/x', page('not found', 404), {});
    expect(await b.get('/claims/missing/x')).toBeNull();
  });
});
if (!redisServer) console.warn('redis-server is not installed (apt-get install redis-server): the Redis handler test is skipped.');
