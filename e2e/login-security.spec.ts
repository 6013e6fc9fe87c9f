// Regression tests for the login findings of the security review: open redirects after sign-in,
// login CSRF, throttling, and sessions that outlive a password reset or a disabled account.
import type { Browser, Page } from '@playwright/test';
import { createAccount } from './factories';
import { expect, loginAs, test, uniqueEmail, USERS } from './fixtures';
import { createUserOnPage, serverActionFields, signInWithForm } from './steps';

/** A made-up client address per test keeps each test's failure count to itself. */
function fakeAddress(): string {
  return `198.51.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 254) + 1}`;
}

test.describe('redirects after sign-in stay on this site', () => {
  const hostile = ['/\t/evil.example/phish', '/\n/evil.example', '/\r/evil.example', '//evil.example', '/\\evil.example'];

  test('a signed-in visitor to /login is never sent to another host', async ({ page }) => {
    await loginAs(page, 'viewer');
    for (const target of hostile) {
      const response = await page.request.get(`/login?callbackUrl=${encodeURIComponent(target)}`, { maxRedirects: 0 });
      expect(response.status(), target).toBe(307);
      expect(response.headers().location, target).toBe('/desk');
    }
  });

  test('odd characters in a signed-in callbackUrl give a redirect, not a 500', async ({ page }) => {
    await loginAs(page, 'viewer');
    for (const target of ['/desk\nclaims', '/desk\u3000claims', '/desk/claims?x=\u3000']) {
      const response = await page.request.get(`/login?callbackUrl=${encodeURIComponent(target)}`, { maxRedirects: 0 });
      expect(response.status(), JSON.stringify(target)).toBe(307);
      expect(response.headers().location, JSON.stringify(target)).toMatch(/^\/desk/);
    }
  });

  test('signing in with a hostile callbackUrl lands on the desk', async ({ request }) => {
    for (const target of hostile) {
      const response = await request.post('/api/login', { data: { ...credentials('viewer'), callbackUrl: target } });
      expect(response.status()).toBe(200);
      expect(await response.json()).toEqual({ redirectTo: '/desk' });
    }
  });
});

function credentials(user: keyof typeof USERS) {
  return { email: USERS[user].email, password: USERS[user].password };
}

test.describe('login CSRF', () => {
  test.describe.configure({ timeout: 90_000 });
  test('a form posted from another site is refused and sets no session', async ({ request }) => {
    const attempts: Record<string, string>[] = [{ origin: 'https://evil.example' }, { 'sec-fetch-site': 'cross-site' }, { origin: 'null' }];
    for (const headers of attempts) {
      const response = await request.post('/api/login', { form: credentials('viewer'), headers, maxRedirects: 0 });
      expect(response.status(), JSON.stringify(headers)).toBe(403);
      expect(response.headers()['set-cookie'] ?? '').not.toContain('session-token');
    }
  });

  test('the login form, posted from another site, is refused and sets no session', async ({ browser, request }) => {
    // The form exactly as a browser without JavaScript submits it: its server-action fields...
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/login');
    const hidden = await serverActionFields(page.locator('form'));
    await context.close();
    // ...sent by a hostile page: a foreign Origin, a cross-site fetch, an opaque origin.
    const multipart: Record<string, string> = { ...Object.fromEntries(hidden), ...credentials('viewer') };
    const attempts: Record<string, string>[] = [{ origin: 'https://evil.example' }, { 'sec-fetch-site': 'cross-site' }, { origin: 'null' }];
    for (const headers of attempts) {
      const response = await request.post('/login', { multipart, headers, maxRedirects: 0 });
      expect(response.status(), JSON.stringify(headers)).toBe(403);
      expect(response.headers()['set-cookie'] ?? '', JSON.stringify(headers)).not.toContain('session-token');
    }
    // The same form from the page itself signs in (so the refusals above are not a broken form).
    const sameSite = await request.post('/login', { multipart, maxRedirects: 0 });
    expect(sameSite.status()).toBe(303);
    expect(sameSite.headers()['set-cookie']).toContain('session-token');
  });

  test('the login page itself still signs in, with and without JavaScript', async ({ browser }) => {
    for (const javaScriptEnabled of [true, false]) {
      const context = await browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await signInWithForm(page, 'viewer');
      await expect(page).toHaveURL(/\/desk$/);
      await context.close();
    }
  });
});

test.describe('login throttling', () => {
  test.describe.configure({ timeout: 120_000 });
  test('an account is refused after 10 wrong passwords, even with the right one, and says how long to wait', async ({ request }) => {
    const { email } = await createAccount('VIEWER', { emailPrefix: 'throttled' });
    const headers = { 'x-forwarded-for': fakeAddress() };
    for (let i = 0; i < 10; i++) {
      const response = await request.post('/api/login', { data: { email, password: `wrong-${i}` }, headers });
      expect(response.status()).toBe(401);
    }
    const blocked = await request.post('/api/login', {
      data: { email, password: 'still-wrong' },
      headers: { 'x-forwarded-for': fakeAddress() },
    });
    expect(blocked.status()).toBe(429);
    expect(((await blocked.json()) as { error: string }).error).toMatch(/^Too many failed sign-ins\. Wait \d+ minutes? and try again\.$/);
    expect(Number(blocked.headers()['retry-after'])).toBeGreaterThan(0);
  });

  test('the login form says the account is throttled and how long to wait, with and without JavaScript', async ({ browser, request }) => {
    const { email } = await createAccount('VIEWER', { emailPrefix: 'throttled-form' });
    const headers = { 'x-forwarded-for': fakeAddress() };
    for (let i = 0; i < 10; i++)
      expect((await request.post('/api/login', { data: { email, password: `wrong-${i}` }, headers })).status()).toBe(401);
    for (const javaScriptEnabled of [true, false]) {
      const context = await browser.newContext({ javaScriptEnabled, extraHTTPHeaders: { 'x-forwarded-for': fakeAddress() } });
      const page = await context.newPage();
      await page.goto('/login');
      await page.getByLabel('Email').fill(email);
      await page.getByLabel('Password').fill('whatever-is-typed-now');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect(page.locator('form [role="alert"]')).toHaveText(/^Too many failed sign-ins\. Wait \d+ minutes? and try again\.$/);
      await expect(page).toHaveURL(/\/login$/);
      await context.close();
    }
  });

  test('an unknown email is throttled exactly like a known one', async ({ request }) => {
    const email = uniqueEmail('nobody');
    const headers = { 'x-forwarded-for': fakeAddress() };
    for (let i = 0; i < 10; i++)
      expect((await request.post('/api/login', { data: { email, password: 'guess' }, headers })).status()).toBe(401);
    expect((await request.post('/api/login', { data: { email, password: 'guess' }, headers })).status()).toBe(429);
  });

  test('one address spraying many accounts is refused', async ({ request }) => {
    const headers = { 'x-forwarded-for': fakeAddress() };
    const statuses: number[] = [];
    for (let i = 0; i < 51; i++) {
      statuses.push(
        (await request.post('/api/login', { data: { email: uniqueEmail(`spray${i}`), password: 'Summer2026!' }, headers })).status(),
      );
    }
    expect(statuses.slice(0, 50)).toEqual(Array<number>(50).fill(401));
    expect(statuses[50]).toBe(429);
    // The same address is refused even for a real account with its right password.
    expect((await request.post('/api/login', { data: credentials('viewer'), headers })).status()).toBe(429);
  });
});

test.describe('sessions end when they should', () => {
  test.describe.configure({ timeout: 90_000 });
  /** The admin creates a user, who then signs in in a browser of their own. */
  async function newUserSignedIn(page: Page, browser: Browser, email: string) {
    await loginAs(page, 'admin');
    const row = await createUserOnPage(page, { email, name: 'Session Tester', password: 'first-password' });
    const userContext = await browser.newContext();
    const userPage = await userContext.newPage();
    expect((await userPage.request.post('/api/login', { data: { email, password: 'first-password' } })).status()).toBe(200);
    return { row, userContext, userPage };
  }

  test('a password reset ends the user’s existing sessions', async ({ page, browser }) => {
    const email = uniqueEmail('reset');
    const { row, userContext, userPage } = await newUserSignedIn(page, browser, email);
    expect((await userPage.request.get('/desk', { maxRedirects: 0 })).status()).toBe(200);

    await row.getByText('Reset password').click();
    await row.getByLabel(`New password for ${email}`).fill('second-password');
    await row.getByRole('button', { name: 'Set password' }).click();
    await expect(row.getByText('Password changed.')).toBeVisible();

    const after = await userPage.request.get('/desk', { maxRedirects: 0 });
    expect(after.status()).toBe(307);
    expect(after.headers().location).toMatch(/^\/login/);
    expect((await userPage.request.post('/api/login', { data: { email, password: 'second-password' } })).status()).toBe(200);
    expect((await userPage.request.get('/desk', { maxRedirects: 0 })).status()).toBe(200);
    await userContext.close();
  });

  test('enabling a disabled account again does not bring back its old sessions', async ({ page, browser }) => {
    const email = uniqueEmail('reenabled');
    const { row, userContext, userPage } = await newUserSignedIn(page, browser, email);

    for (const access of ['true', 'false']) {
      await row.getByLabel(`Access of ${email}`).selectOption(access);
      await row.getByRole('button', { name: 'Save' }).click();
      await expect(row.getByText('Saved.')).toBeVisible();
    }
    const after = await userPage.request.get('/desk', { maxRedirects: 0 });
    expect(after.status()).toBe(307);
    await userContext.close();
  });
});
