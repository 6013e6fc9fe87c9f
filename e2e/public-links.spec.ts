// Every absolute URL a reader or a crawler sees is on PUBLIC_BASE_URL, never the request's host:
// a second production server is started with PUBLIC_BASE_URL naming a host it is not served on,
// and asked under two other host names (Host and X-Forwarded-Host). Canonical, og:url, og:image,
// twitter:image, the JSON-LD (exactly one ClaimReview block), sitemap.xml, feed.xml and robots.txt.
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { findFreePort } from '../scripts/lib/free-port';
import { createArticleWithClaim, createSource, uniqueTag } from './factories';
import { expect, test } from './fixtures';

const PUBLIC = 'https://verdicts.example.org';
/** The second server's port: a free one, found when the spec starts (a fixed offset from E2E_PORT can be taken). */
let port = 0;
let server: ChildProcess | undefined;
/** The end of the second server's output, for the error when it does not start. */
let serverOutput = '';
let claim: { id: string; summary: string };
let tag = '';

function get(path: string, headers: Record<string, string>): Promise<{ status: number; body: string; location: string }> {
  return new Promise((resolve, reject) => {
    const request = http.get({ host: '127.0.0.1', port, path, headers }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body, location: response.headers.location ?? '' }));
    });
    request.on('error', reject);
  });
}

async function waitForServer() {
  let last = 'no answer';
  for (let i = 0; i < 180 && server?.exitCode === null; i++) {
    try {
      const answer = await get('/robots.txt', {});
      if (answer.status === 200) return;
      last = `HTTP ${answer.status}: ${answer.body.slice(0, 200)}`;
    } catch (error) {
      last = (error as Error).message; // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the second server did not start (exit code ${server?.exitCode}; last answer: ${last}); its output:\n${serverOutput}`);
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  // Made before the server answers anything, so no cached list predates it (factories publish
  // without the cache expiry that approval brings).
  tag = uniqueTag();
  const source = await createSource(`Kantor Bupati ${tag}`, 'GOVERNMENT');
  ({ claim } = await createArticleWithClaim(
    { title: `Bupati ${tag}`, body: `SUKAMAJU - Bupati menyebut ${tag} sekolah punya air bersih.`, language: 'id' },
    {
      quote: `${tag} sekolah punya air bersih`,
      summary: `Sekolah ${tag} punya air bersih`,
      sourceId: source.id,
      status: 'MISLEADING',
      publication: 'PUBLISHED',
    },
  ));
  port = await findFreePort();
  server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '--port', String(port), '--hostname', '127.0.0.1'], {
    env: { ...process.env, NODE_ENV: 'production', PUBLIC_BASE_URL: PUBLIC, ORGANIZATION_URL: PUBLIC },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => (serverOutput = (serverOutput + chunk.toString()).slice(-4000));
  server.stdout?.on('data', keep);
  server.stderr?.on('data', keep);
  await waitForServer();
});

test.afterAll(() => {
  server?.kill('SIGTERM');
});

/** Every absolute http(s) URL in a text. */
const absoluteUrls = (text: string) => [...text.matchAll(/https?:\/\/[^\s"'<>)]+/g)].map((m) => m[0]);
/** Ours: anything pointing at one of the site's own paths (other sites, schema.org and XML namespaces aside). */
const OWN_PATH = /^https?:\/\/[^/]+\/(id|en|claims|sources|feed\.xml|sitemap\.xml|_next|methodology|corrections|about)(\/|$|[?#.])/;

// The second server's port is known only once it runs, so the headers are made in the test.
const HOSTS: { asked: string; headers: () => Record<string, string> }[] = [
  { asked: 'Host: reader-a.test', headers: () => ({ host: 'reader-a.test' }) },
  { asked: 'X-Forwarded-Host: reader-b.test', headers: () => ({ host: `127.0.0.1:${port}`, 'x-forwarded-host': 'reader-b.test' }) },
];
for (const { asked, headers } of HOSTS) {
  test(`absolute links name PUBLIC_BASE_URL when asked as ${asked}`, async () => {
    test.setTimeout(90_000);
    const hostHeaders = headers();
    // The address without its slug redirects to the page (a relative Location: no host named).
    const first = await get(`/id/claims/${claim.id}`, hostHeaders);
    expect(first.location).toMatch(new RegExp(`^(/|${PUBLIC}/)id/claims/${claim.id}/`));
    const page = await get(first.location.replace(PUBLIC, ''), hostHeaders);
    expect(page.status).toBe(200);
    const html = page.body;

    const meta = (attr: string, value: string) => new RegExp(`<meta ${attr}="${value}" content="([^"]+)"`).exec(html)?.[1];
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
    for (const url of [canonical, meta('property', 'og:url'), meta('property', 'og:image'), meta('name', 'twitter:image')]) {
      expect(url, html.slice(0, 200)).toMatch(new RegExp(`^${PUBLIC}/`));
    }
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map(
      (m) => JSON.parse(m[1] ?? '') as Record<string, unknown>,
    );
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).toMatchObject({
      '@type': 'ClaimReview',
      url: `${PUBLIC}/id/claims/${claim.id}/sekolah-${tag.toLowerCase()}-punya-air-bersih`,
    });
    expect(blocks[0]?.author).toMatchObject({ url: PUBLIC });

    const documents = await Promise.all(['/sitemap.xml', '/feed.xml', '/robots.txt'].map((path) => get(path, hostHeaders)));
    for (const document of documents) expect(document.status).toBe(200);
    const [sitemap, feed, robots] = documents.map((d) => d.body);
    expect(sitemap).toContain(`<loc>${PUBLIC}/id/claims/${claim.id}/`);
    expect(feed).toContain(`<id>${PUBLIC}/id/claims/${claim.id}/`);
    expect(robots).toContain(`Sitemap: ${PUBLIC}/sitemap.xml`);

    // Nothing of ours points anywhere but PUBLIC_BASE_URL (relative links are fine).
    const ours = [html, sitemap ?? '', feed ?? '', robots ?? ''].flatMap(absoluteUrls).filter((url) => OWN_PATH.test(url));
    expect(ours.length).toBeGreaterThan(5);
    expect(ours.filter((url) => !url.startsWith(`${PUBLIC}/`))).toEqual([]);
  });
}
