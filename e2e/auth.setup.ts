// Signs each demo user in once, through the login endpoint, and saves the session cookie for the
// specs (fixtures.ts): one successful login per user per run, so the specs never sign in again and
// never come near the login throttle.
import { test as setup, expect } from '@playwright/test';
import { DEMO_USERS, storageStatePath, USERS } from './users';

for (const user of DEMO_USERS) {
  setup(`sign in as ${user}`, async ({ request }) => {
    const { email, password } = USERS[user];
    const response = await request.post('/api/login', { data: { email, password } });
    expect(response.status(), `login as ${user}`).toBe(200);
    await request.storageState({ path: storageStatePath(user) });
  });
}
