// Requests Next.js would answer with a bare 500 before any page code runs get a clear 4xx instead
// (proxy.ts with lib/http/malformed-request.ts).
import { expect, loginAs, test } from './fixtures';

test('a reader id with broken percent-encoding is not found, not a server error', async ({ request }) => {
  for (const path of [
    '/claims/%E0%A4%A/x',
    '/claims/%E0%A4%A',
    '/sources/%FF%FE',
    '/claims/abc/%C3%28',
    '/id/claims/%E0%A4%A/x',
    '/en/sources/%FF%FE',
    '/id/search/%E0%A4%A',
    '/anything/%E0%A4%A',
    '/desk/claims/%C3%28',
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).not.toContain('Internal Server Error');
  }
});

test('an absurdly long reader id is not found, and not kept in the page cache', async ({ request }) => {
  for (const path of [
    `/claims/${'a'.repeat(300)}/x`,
    `/claims/${'b'.repeat(300)}`,
    `/sources/${'c'.repeat(300)}`,
    `/sources/${'d'.repeat(300)}/2`,
  ]) {
    const first = await request.get(path);
    expect(first.status(), path).toBe(404);
    const again = await request.get(path);
    expect(again.status(), path).toBe(404);
    expect(again.headers()['x-nextjs-cache'], path).not.toBe('HIT');
  }
});

test('an unreadable multipart form post gets a 400 with a message', async ({ page }) => {
  await loginAs(page, 'editor');
  for (const path of ['/desk/articles/new', '/', '/login']) {
    const response = await page.request.post(path, {
      headers: { 'content-type': 'multipart/form-data; boundary=----broken', 'accept-language': 'en' },
      data: '------broken\r\nContent-Disposition: form-data; name="x"\r\n\r\nno closing boundary',
    });
    expect(response.status(), path).toBe(400);
    expect(await response.text(), path).toContain('not valid multipart/form-data');
  }
});

test('a server-action body over the limit gets a 413 with a message', async ({ page }) => {
  await loginAs(page, 'editor');
  const response = await page.request.post('/desk/articles/new', {
    headers: { 'next-action': '0'.repeat(42), 'content-type': 'text/plain;charset=UTF-8', 'accept-language': 'en' },
    data: 'x'.repeat(4 * 1024 * 1024),
  });
  expect(response.status()).toBe(413);
  expect(await response.text()).toContain('too large');
});
