// Security headers on every kind of page, and proof that the policy breaks nothing: Chromium
// reports no CSP violation or console error on the desk, reader and error pages, React hydrates,
// client-side navigation works and the login form signs in with JavaScript.
// Two policies by design (lib/http/security-headers.ts): a per-request nonce on pages rendered
// per request, and a static policy on the cached reader pages.
import { randomBytes } from 'node:crypto';
import type { APIResponse, Page } from '@playwright/test';
import { expect, loginAs, sql, test, USERS } from './fixtures';

async function publishedClaimWithSource() {
  const id = (prefix: string) => `${prefix}${randomBytes(10).toString('hex')}`;
  const [editor] = await sql<{ id: string }>('SELECT id FROM "User" WHERE email = $1', ['editor@example.org']);
  const [articleId, claimId, sourceId] = [id('ha'), id('hc'), id('hs')];
  const marker = `Header${Date.now()}`;
  const body = `KOTAUJI - Wali kota mengatakan jembatan ${marker} sudah selesai dibangun, kata pejabat itu.`;
  const quote = `jembatan ${marker} sudah selesai dibangun`;
  await sql('INSERT INTO "Article" (id, title, body, "rawInput", "createdById", "updatedAt") VALUES ($1, $2, $3, $3, $4, now())', [
    articleId,
    `Jembatan ${marker}`,
    body,
    editor?.id,
  ]);
  await sql('INSERT INTO "Source" (id, name, "normalizedName", kind, "updatedAt") VALUES ($1, $2, $3, $4, now())', [
    sourceId,
    `Wali Kota ${marker}`,
    `wali kota ${marker.toLowerCase()}`,
    'GOVERNMENT',
  ]);
  const start = body.indexOf(quote);
  await sql(
    `WITH claim AS (
       INSERT INTO "Claim" (id, summary, explanation, status, publication, "publishedAt", "createdById", "updatedAt")
       VALUES ($1, $7, $8, 'FALSE', 'PUBLISHED', now(), $9, now()) RETURNING id)
     INSERT INTO "Attribution" (id, "claimId", "articleId", "sourceId", "quoteStart", "quoteEnd", "quoteText", "createdById", "updatedAt")
     SELECT id, id, $2, $3, $4, $5, $6, $9, now() FROM claim`,
    [
      claimId,
      articleId,
      sourceId,
      start,
      start + quote.length,
      quote,
      `Jembatan ${marker} sudah selesai`,
      'Jembatan belum selesai.',
      editor?.id,
    ],
  );
  // Readers see only the snapshot approval takes: take it as approval would.
  await sql('UPDATE "Claim" SET "publicSnapshot" = claimdesk_public_snapshot(id) WHERE id = $1', [claimId]);
  return { articleId, claimId, sourceId };
}

function directives(csp: string | undefined): Map<string, string> {
  expect(csp, 'Content-Security-Policy header').toBeTruthy();
  return new Map(
    (csp ?? '')
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const [name = '', ...values] = part.split(/\s+/);
        return [name, values.join(' ')];
      }),
  );
}

function expectCommonHeaders(response: APIResponse, label: string) {
  const headers = response.headers();
  const csp = directives(headers['content-security-policy']);
  const required = {
    'default-src': "'self'",
    'object-src': "'none'",
    'base-uri': "'none'",
    'form-action': "'self'",
    'frame-ancestors': "'none'",
  };
  for (const [name, value] of Object.entries(required)) expect(csp.get(name), `${label}: ${name}`).toBe(value);
  expect(headers['content-security-policy'], `${label}: no eval in production`).not.toContain('unsafe-eval');
  for (const feature of ['camera', 'microphone', 'geolocation']) expect(headers['permissions-policy'], label).toContain(`${feature}=()`);
  expect(headers['cross-origin-opener-policy'], label).toBe('same-origin');
  expect(headers['x-content-type-options'], label).toBe('nosniff');
  expect(headers['strict-transport-security'], `${label}: no HSTS over plain HTTP`).toBeUndefined();
  return csp;
}

/** Pages rendered per request: a fresh nonce each time, carried by every script Next emits. */
async function expectNoncePolicy(response: APIResponse, label: string) {
  const scriptSrc = expectCommonHeaders(response, label).get('script-src') ?? '';
  const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(scriptSrc)?.[1];
  expect(nonce, `${label}: script-src ${scriptSrc}`).toBeTruthy();
  expect(scriptSrc, label).toContain("'strict-dynamic'");
  expect(scriptSrc, label).not.toContain('unsafe-inline');
  const html = await response.text();
  expect(html, `${label}: scripts carry the nonce`).toContain(`nonce="${nonce}"`);
  return nonce;
}

test.describe('security headers', () => {
  test('pages rendered per request get a fresh nonce; cached reader pages a static policy; HSTS only over HTTPS', async ({
    page,
    request,
    browser,
  }) => {
    test.setTimeout(60_000);
    const { articleId, claimId, sourceId } = await publishedClaimWithSource();

    const login = await request.get('/login');
    expect(login.status()).toBe(200);
    const first = await expectNoncePolicy(login, '/login');
    expect(await expectNoncePolicy(await request.get('/login'), '/login again'), 'a new nonce per request').not.toBe(first);
    const anonymousDesk = await request.get('/desk/claims', { maxRedirects: 0 });
    expect(anonymousDesk.status()).toBe(307);
    expect(anonymousDesk.headers().location).toContain('/login?callbackUrl=%2Fdesk%2Fclaims');

    await loginAs(page, 'editor');
    for (const path of ['/desk', `/desk/claims/${claimId}`, `/desk/articles/${articleId}`]) {
      const response = await page.request.get(path);
      expect(response.status(), path).toBe(200);
      await expectNoncePolicy(response, path);
    }
    const viewer = await (await browser.newContext()).newPage();
    await loginAs(viewer, 'viewer');
    const deskUnknown = await viewer.request.get('/desk/no-such-page');
    expect(deskUnknown.status()).toBe(404);
    await expectNoncePolicy(deskUnknown, '404 /desk/no-such-page');
    const forbidden = await viewer.request.get('/desk/users');
    expect(forbidden.status()).toBe(403);
    await expectNoncePolicy(forbidden, '403 /desk/users');

    const verdict = await request.get(`/claims/${claimId}`);
    expect(verdict.status()).toBe(200);
    for (const [path, status] of [
      [new URL(verdict.url()).pathname, 200],
      [`/sources/${sourceId}`, 200],
      ['/', 200],
      ['/claims/doesnotexist/x', 404],
      ['/no-such-page', 404],
      ['/claims.json', 200],
    ] as const) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(status);
      const scriptSrc = expectCommonHeaders(response, path).get('script-src');
      expect(scriptSrc, `${path}: cacheable, so no nonce`).toBe("'self' 'unsafe-inline'");
    }
    for (const path of [new URL(verdict.url()).pathname, `/sources/${sourceId}`]) {
      expect((await request.get(path)).headers()['cache-control'], `${path} stays cacheable`).toMatch(/s-maxage=\d+/);
    }

    const https = { 'x-forwarded-proto': 'https' };
    for (const path of ['/login', '/', `/sources/${sourceId}`, '/no-such-page']) {
      const response = await request.get(path, { headers: https });
      expect(response.headers()['strict-transport-security'], `${path} over HTTPS`).toBe('max-age=63072000; includeSubDomains');
    }
    const deskOverHttps = await page.request.get('/desk', { headers: https });
    expect(deskOverHttps.headers()['strict-transport-security']).toBe('max-age=63072000; includeSubDomains');
  });
});

/** Records CSP violations (the DOM event) and console errors for every document the page loads. */
async function watchForProblems(page: Page) {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // Expected statuses (a 404 or 403 page, the wrong password below) are logged too; not a problem.
    if (/Failed to load resource: the server responded with a status of 40[134]/.test(message.text())) return;
    problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(
        `CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  return problems;
}

async function expectHydrated(page: Page, label: string) {
  await expect
    .poll(() => page.evaluate(() => Object.keys(document.body).some((key) => key.startsWith('__react'))), { message: `${label} hydrates` })
    .toBe(true);
}

test('no CSP violation or console error on desk, reader and error pages, and the app still works', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const { articleId, claimId, sourceId } = await publishedClaimWithSource();

  // Anonymous reader and login pages.
  const problems = await watchForProblems(page);
  await page.goto(`/claims/${claimId}`);
  await expectHydrated(page, 'verdict page');
  const jsonLd = await page.locator('script[type="application/ld+json"]').textContent();
  expect((JSON.parse(jsonLd ?? '{}') as { '@type'?: string })['@type']).toBe('ClaimReview');
  for (const path of [`/sources/${sourceId}`, '/claims/doesnotexist/x', '/no-such-page']) {
    await page.goto(path);
    await expectHydrated(page, path);
  }
  await page.goto('/');
  await expectHydrated(page, 'index');
  // Reader pages and the login page are separate root layouts (each declares its own <html lang>),
  // so the client-side navigation is checked between two reader pages.
  await page.evaluate(() => Object.assign(window, { notReloaded: true }));
  await page.getByTestId('public-claim').first().getByRole('link').click();
  await expect(page).toHaveURL(/\/en\/claims\/\w+\//);
  expect(await page.evaluate(() => 'notReloaded' in window), 'a client-side navigation, not a page load').toBe(true);

  // The login form posts with JavaScript: a wrong password is answered in place.
  await page.goto('/login');
  await expectHydrated(page, 'login');
  await page.getByLabel('Email').fill(USERS.editor.email);
  await page.getByLabel('Password').fill('wrong-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('form').getByRole('alert')).toBeVisible();
  expect(page.url(), 'no full form post').not.toContain('error=');
  await page.getByLabel('Password').fill(USERS.editor.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/desk$/);

  // The desk, signed in.
  await expectHydrated(page, 'desk home');
  for (const path of [`/desk/articles/${articleId}`, `/desk/claims/${claimId}`]) {
    await page.goto(path);
    await expectHydrated(page, path);
  }
  await page.evaluate(() => Object.assign(window, { notReloaded: true }));
  await page.getByRole('navigation', { name: 'Desk' }).getByRole('link', { name: 'Claims', exact: true }).click();
  await expect(page).toHaveURL(/\/desk\/claims$/);
  expect(await page.evaluate(() => 'notReloaded' in window), 'a client-side navigation on the desk').toBe(true);
  const deskUnknown = await page.goto('/desk/no-such-page');
  expect(deskUnknown?.status()).toBe(404);
  await expectHydrated(page, 'desk 404');

  const viewer = await (await browser.newContext()).newPage();
  const viewerProblems = await watchForProblems(viewer);
  await loginAs(viewer, 'viewer');
  const forbidden = await viewer.goto('/desk/users');
  expect(forbidden?.status()).toBe(403);
  await expectHydrated(viewer, '403 page');

  expect([...problems, ...viewerProblems]).toEqual([]);
});
