import { beforeEach, describe, expect, it } from 'vitest';
import type { CacheValue } from './cache-policy.mjs';
import MemoryCacheHandler, { cacheStats, clearCache } from './memory-cache-handler.mjs';

// What Next hands to set() for a verdict page: a rendered page, or notFound() (status 404), or a
// permanentRedirect() from a wrong slug (status 308).
function page(status: number | undefined, html = 'x'.repeat(1000), tags = 'claim:c1,_N_T_/claims/c1/s'): CacheValue {
  return {
    kind: 'APP_PAGE',
    html,
    rscData: Buffer.from('rsc'),
    status,
    headers: { 'x-next-cache-tags': tags },
    postponed: undefined,
    segmentData: undefined,
  };
}
const data = (body: string, tags: string[] = []): CacheValue => ({
  kind: 'FETCH',
  data: { headers: {}, body, url: '', status: 200 },
  tags,
  revalidate: 3600,
});

beforeEach(() => clearCache());

describe('MemoryCacheHandler', () => {
  it('keeps a rendered page and serves it back', async () => {
    const cache = new MemoryCacheHandler({ maxMemoryCacheSize: 1_000_000 });
    await cache.set('/claims/c1/s', page(200), { cacheControl: { revalidate: 3600 } });
    const entry = await new MemoryCacheHandler({ maxMemoryCacheSize: 1_000_000 }).get('/claims/c1/s');
    expect(entry?.value).toMatchObject({ kind: 'APP_PAGE', status: 200 });
    expect(entry?.cacheControl).toEqual({ revalidate: 3600 });
  });

  it("keeps a page's RSC payload once when Next also hands it over as the full-page segment", async () => {
    const rsc = 'r'.repeat(10_000);
    const cache = new MemoryCacheHandler({ maxMemoryCacheSize: 1_000_000 });
    await cache.set('/claims/c1/s', {
      kind: 'APP_PAGE',
      html: 'h'.repeat(10_000),
      status: 200,
      headers: { 'x-next-cache-tags': 'claim:c1' },
      rscData: Buffer.from(rsc),
      segmentData: new Map([
        ['/_full', Buffer.from(rsc)],
        ['/_head', Buffer.from('head')],
      ]),
    });
    // 10 kB of HTML and 10 kB of RSC, not 30 kB: the duplicate segment takes no room of its own.
    expect(cacheStats().bytes).toBeLessThan(21_000);
    const entry = await cache.get('/claims/c1/s');
    const value = entry?.value as { rscData: Buffer; segmentData: Map<string, Buffer> };
    expect(value.rscData.toString()).toBe(rsc);
    expect(value.segmentData.get('/_full')?.toString()).toBe(rsc);
    expect(value.segmentData.get('/_head')?.toString()).toBe('head');
  });

  it('keeps no page for an id that does not exist, nor a redirect, nor an empty data result', async () => {
    const cache = new MemoryCacheHandler({ maxMemoryCacheSize: 1_000_000 });
    for (let i = 0; i < 300; i++) {
      await cache.set(`/claims/unknown${i}/x`, page(404));
      await cache.set(`/claims/real/wrong-slug-${i}`, page(308));
      await cache.set(`published-claim-unknown${i}`, data('null'));
    }
    await cache.set('pages-not-found', null);
    expect(cacheStats()).toEqual({ entries: 0, bytes: 0 });
  });

  it('drops the old copy when a page turns into "not found" (a claim unpublished)', async () => {
    const cache = new MemoryCacheHandler({ maxMemoryCacheSize: 1_000_000 });
    await cache.set('/claims/c1/s', page(undefined));
    await cache.set('/claims/c1/s', page(404));
    expect(await cache.get('/claims/c1/s')).toBeNull();
  });

  it('stays within its byte budget, dropping the least recently used pages first', async () => {
    const cache = new MemoryCacheHandler({ maxMemoryCacheSize: 50_000 });
    for (let i = 0; i < 10; i++) await cache.set(`/p${i}`, page(200, 'x'.repeat(10_000)));
    expect(cacheStats().bytes).toBeLessThanOrEqual(50_000);
    expect(await cache.get('/p0')).toBeNull();
    expect(await cache.get('/p9')).not.toBeNull();
    // Reading a page makes it recent: it outlives pages written before it was read.
    await cache.get('/p6');
    await cache.set('/p10', page(200, 'x'.repeat(10_000)));
    expect(await cache.get('/p6')).not.toBeNull();
    expect(await cache.get('/p7')).toBeNull();
  });

  it('expires pages and data by tag at once, and data by the page path asked for', async () => {
    const cache = new MemoryCacheHandler({ maxMemoryCacheSize: 1_000_000 });
    await cache.set('/claims/c1/s', page(200));
    await cache.set('/claims/c2/s', page(200, 'y', 'claim:c2'));
    await cache.set('published-claim-c1', data('{"id":"c1"}', ['claim:c1']));
    await cache.set('public-search', data('[]', ['claims:list']));
    await cache.revalidateTag('claim:c1', { expire: 0 });
    expect(await cache.get('/claims/c1/s')).toBeNull();
    expect(await cache.get('published-claim-c1')).toBeNull();
    expect(await cache.get('/claims/c2/s')).not.toBeNull();
    // revalidatePath reaches data entries through the implicit tags of the page reading them.
    await cache.revalidateTag(['_N_T_/']);
    expect(await cache.get('public-search', { softTags: ['_N_T_/'] })).toBeNull();
    // A page rendered again after the expiry is kept.
    await new Promise((resolve) => setTimeout(resolve, 2));
    await cache.set('/claims/c1/s', page(200));
    expect(await cache.get('/claims/c1/s')).not.toBeNull();
  });

  it('keeps nothing when cacheMaxMemorySize is 0', async () => {
    const cache = new MemoryCacheHandler({ maxMemoryCacheSize: 0 });
    await cache.set('/claims/c1/s', page(200));
    expect(await cache.get('/claims/c1/s')).toBeNull();
  });
});
