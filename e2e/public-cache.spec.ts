// The route cache (lib/cache/memory-cache-handler.mjs): addresses of claims and sources that do not
// exist leave nothing behind, on disk or in memory; published verdict pages are still cached.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { createArticleWithClaim } from './factories';
import { expect, test } from './fixtures';

/** Files and bytes under .next/server, where Next's default handler wrote its route cache. */
function diskUsage(dir = path.join(process.cwd(), '.next', 'server')): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      const inner = diskUsage(full);
      files += inner.files;
      bytes += inner.bytes;
    } else {
      files++;
      bytes += statSync(full).size;
    }
  }
  return { files, bytes };
}

test('unknown claims and sources are not cached, on disk or in memory', async ({ request }) => {
  const before = diskUsage();
  const marker = randomUUID().slice(0, 8);
  for (let i = 0; i < 60; i++) {
    expect((await request.get(`/claims/nope${marker}${i}/some-slug`)).status()).toBe(404);
    expect((await request.get(`/sources/nope${marker}${i}`)).status()).toBe(404);
  }
  // Asked again, an unknown id is rendered again: nothing was kept for it.
  const again = await request.get(`/claims/nope${marker}0/some-slug`);
  expect(again.status()).toBe(404);
  expect(again.headers()['x-nextjs-cache']).not.toBe('HIT');
  expect(diskUsage()).toEqual(before);
});

test('a published verdict page is served from the cache the second time', async ({ request }) => {
  const suffix = randomUUID().replaceAll('-', '').slice(0, 16);
  const summary = `Cached verdict ${suffix}`;
  const { claim } = await createArticleWithClaim(
    { title: `Article ${suffix}`, body: `KOTAUJI - ${summary} said an official.` },
    { quote: summary, summary, status: 'FALSE', publication: 'PUBLISHED' },
  );
  const address = `/claims/${claim.id}/cached-verdict-${suffix}`;
  expect((await request.get(address)).status()).toBe(200);
  const second = await request.get(address);
  expect(second.status()).toBe(200);
  expect(second.headers()['x-nextjs-cache']).toBe('HIT');
});

// HIT, or STALE for a copy older than its revalidate time (served at once while it is re-rendered).
const FROM_THE_CACHE = ['HIT', 'STALE'];

test('the index and each search are served from the cache the second time, as the same page', async ({ request }) => {
  const word = `cachedsearch${randomUUID().slice(0, 8)}`;
  for (const address of ['/en', `/en?q=${word}`, `/en?verdict=FALSE&q=${word}&utm_source=x`]) {
    const first = await request.get(address);
    expect(first.status(), address).toBe(200);
    const second = await request.get(address);
    expect(second.status(), address).toBe(200);
    expect(FROM_THE_CACHE, address).toContain(second.headers()['x-nextjs-cache']);
  }
  // The same search with its parameters in another order (or an unknown one added) is the same page.
  const reordered = await request.get(`/en?utm_source=y&q=${word}&verdict=FALSE`);
  expect(FROM_THE_CACHE).toContain(reordered.headers()['x-nextjs-cache']);
  expect(await reordered.text()).toContain('No fact checks match this search.');
});
