import { expect, loginAs, sql, test, uniqueEmail, USERS } from './fixtures';
import { createUserOnPage, serverActionFields, signInWithForm } from './steps';
import { DEMO_USERS } from './users';

test.describe('signing in', () => {
  for (const user of DEMO_USERS) {
    test(`${user} signs in with the demo password and sees the desk`, async ({ page }) => {
      await signInWithForm(page, user);
      await expect(page).toHaveURL(/\/desk$/);
      await expect(page.getByTestId('current-user')).toContainText(USERS[user].name);
      await expect(page.getByTestId('current-user')).toContainText(USERS[user].roleLabel);
    });
  }

  test('a wrong password shows an error and keeps the visitor on the login page', async ({ page }) => {
    await signInWithForm(page, 'editor', 'not-the-password');
    await expect(page.locator('form [role="alert"]')).toHaveText('Wrong email or password.');
    await expect(page).toHaveURL(/\/login/);
  });

  test('the login form is a server action on the page itself and works without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/login?callbackUrl=${encodeURIComponent('/desk/sources')}`);
    const posts: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST') posts.push(new URL(request.url()).pathname);
    });
    const loginUrl = /\/login\?callbackUrl=%2Fdesk%2Fsources$/;

    await page.getByLabel('Email').fill(USERS.viewer.email);
    await page.getByLabel('Password').fill('wrong-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    // The page the form was posted to answers with the message; the address carries none.
    await expect(page.locator('form [role="alert"]')).toHaveText('Wrong email or password.');
    await expect(page).toHaveURL(loginUrl);
    await expect(page.getByLabel('Email')).toHaveValue(USERS.viewer.email);
    await expect(page.getByLabel('Password')).toHaveValue('');

    await page.getByLabel('Password').fill(USERS.viewer.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/desk\/sources$/);
    await expect(page.getByTestId('current-user')).toContainText(USERS.viewer.name);
    expect(posts).toEqual(['/login', '/login']);
    await context.close();
  });

  test('the login page shows no message taken from its address', async ({ page }) => {
    const planted = 'Your account is locked. Call +1 555 0100 to unlock it.';
    await page.goto(`/login?error=${encodeURIComponent(planted)}`);
    await expect(page.getByRole('heading', { name: 'Sign in to the fact-checking desk' })).toBeVisible();
    await expect(page.getByText('Call +1 555 0100')).toHaveCount(0);
    await expect(page.locator('form [role="alert"]')).toHaveCount(0);
  });

  test('bad login input gets a clear 4xx, never a crash', async ({ request }) => {
    const attempts: [unknown, number, string][] = [
      [{ password: 'x' }, 400, 'Enter your email address.'],
      [{ email: 'not-an-email', password: 'x' }, 400, 'That is not a valid email address.'],
      [{ email: USERS.editor.email, password: 'x'.repeat(1025) }, 400, 'The password is too long (at most 1 kB).'],
      [{ email: { $ne: null }, password: 'x' }, 400, 'Enter your email address.'],
    ];
    for (const [data, status, message] of attempts) {
      const response = await request.post('/api/login', { data });
      expect(response.status()).toBe(status);
      expect(await response.json()).toMatchObject({ code: expect.any(String), error: message });
    }
    const huge = await request.post('/api/login', { data: { email: USERS.editor.email, password: 'x'.repeat(10_000) } });
    expect(huge.status()).toBe(413);
    const notJson = await request.post('/api/login', { headers: { 'content-type': 'application/json' }, data: '{"email":' });
    expect(notJson.status()).toBe(400);
  });

  test('a disabled account is refused with its own message', async ({ page, request, browser }) => {
    // A long flow (an admin's page, a reload, a second browser): its own timeout on a busy machine.
    test.setTimeout(90_000);
    const email = uniqueEmail('disabled');
    await loginAs(page, 'admin');
    const row = await createUserOnPage(page, { email, name: 'Soon Disabled', password: 'a-long-password' });
    await row.getByLabel(`Access of ${email}`).selectOption('true');
    await row.getByRole('button', { name: 'Save' }).click();
    await expect(row.getByText('Saved.')).toBeVisible();
    // The users page lists who did it, from the user-administration audit log.
    await page.reload();
    const changes = page.getByTestId('user-admin-events');
    await expect(changes).toContainText(`Ada Admin disabled Soon Disabled (${email})`);
    await expect(changes).toContainText(`Ada Admin created Soon Disabled (${email}) as`);

    const disabledMessage = 'This account is disabled. Ask an administrator to enable it.';
    const response = await request.post('/api/login', { data: { email, password: 'a-long-password' } });
    expect(response.status()).toBe(403);
    expect(await response.json()).toMatchObject({ code: expect.any(String), error: disabledMessage });

    // The login form says the same (here without JavaScript: the same server action answers both ways).
    const context = await browser.newContext({ javaScriptEnabled: false });
    const formPage = await context.newPage();
    await formPage.goto('/login');
    await formPage.getByLabel('Email').fill(email);
    await formPage.getByLabel('Password').fill('a-long-password');
    await formPage.getByRole('button', { name: 'Sign in' }).click();
    await expect(formPage.locator('form [role="alert"]')).toHaveText(disabledMessage);
    await expect(formPage).toHaveURL(/\/login$/);
    await context.close();
  });
});

test.describe('the desk is behind login', () => {
  test('an anonymous visitor to /desk is sent to /login', async ({ page }) => {
    await page.goto('/desk');
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fdesk/);
    await expect(page.getByRole('heading', { name: 'Sign in to the fact-checking desk' })).toBeVisible();
  });

  test('signing out ends the session, and a copy of its cookie taken before no longer opens the desk', async ({ page, browser }) => {
    // A session of its own: signing out the shared one (fixtures.ts) would sign out the other specs.
    await signInWithForm(page, 'editor');
    await expect(page).toHaveURL(/\/desk$/);
    const copied = await page.context().cookies();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto('/desk');
    await expect(page).toHaveURL(/\/login/);

    const thief = await browser.newContext();
    await thief.addCookies(copied);
    const stolen = await thief.newPage();
    await stolen.goto('/desk');
    await expect(stolen).toHaveURL(/\/login/);
    expect((await stolen.request.get('/api/desk-sources?q=a')).status()).toBe(401);
    await thief.close();
  });
});

test.describe('user management is for admins only', () => {
  test('a viewer can reach neither the users page nor the create-user action', async ({ page, browser }) => {
    // Capture the create-user form exactly as the admin's browser would submit it without JavaScript...
    const adminContext = await browser.newContext({ javaScriptEnabled: false });
    const adminPage = await adminContext.newPage();
    await loginAs(adminPage, 'admin');
    await adminPage.goto('/desk/users');
    const hiddenFields = await serverActionFields(adminPage.locator('form:has(button:text("Create user"))'));
    await adminContext.close();

    // ...then post it with the viewer's session: the action itself must refuse.
    await loginAs(page, 'viewer');
    const pageResponse = await page.goto('/desk/users');
    expect(pageResponse?.status()).toBe(403);
    await expect(page.getByRole('heading', { name: 'You do not have access to this page' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Users' })).toHaveCount(0);

    const email = uniqueEmail('sneaky');
    const multipart: Record<string, string> = Object.fromEntries(hiddenFields);
    Object.assign(multipart, { email, name: 'Sneaky', role: 'ADMIN', password: 'a-long-password' });
    const response = await page.request.post('/desk/users', { multipart });
    expect(response.status()).toBeLessThan(500);
    expect(await sql('SELECT 1 FROM "User" WHERE email = $1', [email])).toHaveLength(0);
  });

  test('an admin creates a user who can then sign in', async ({ page, request }) => {
    const email = uniqueEmail('new-editor');
    await loginAs(page, 'admin');
    await page.goto('/desk/users');
    await page.getByLabel('Email').fill(email.toUpperCase());
    await page.getByLabel('Name').fill('New Editor');
    await page.getByLabel('Role', { exact: true }).selectOption('EDITOR');
    await page.getByLabel('Initial password').fill('short');
    await page.getByRole('button', { name: 'Create user' }).click();
    await expect(page.getByText('Use at least 10 characters.')).toBeVisible();
    await expect(page.getByLabel('Email')).toHaveValue(email.toUpperCase());
    await expect(page.getByLabel('Name')).toHaveValue('New Editor');
    await page.getByLabel('Initial password').fill('a-long-password');
    await page.getByRole('button', { name: 'Create user' }).click();
    await expect(page.getByText(`Created ${email}.`)).toBeVisible();
    const login = await request.post('/api/login', { data: { email, password: 'a-long-password' } });
    expect(login.status()).toBe(200);
  });
});
