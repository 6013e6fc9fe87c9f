// The browser tests' fixtures: signed-in pages per demo user (from the sessions e2e/auth.setup.ts
// saved, so no spec signs in again), and read-only database access for checking what a page wrote.
// Data is arranged through e2e/factories.ts, never by SQL in a spec.
import { readFileSync } from 'node:fs';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import pg from 'pg';
import { storageStatePath, type DemoUser } from './users';

export { USERS, type DemoUser } from './users';

type SavedCookies = Parameters<BrowserContext['addCookies']>[0];

/** For `test.use(signedInAs('editor'))`: every page of the describe block (or file) is that user's. */
export function signedInAs(user: DemoUser) {
  return { storageState: storageStatePath(user) };
}

/** Puts a demo user's saved session into the page's browser context (no login request). */
export async function loginAs(page: Page, user: DemoUser) {
  const { cookies } = JSON.parse(readFileSync(storageStatePath(user), 'utf8')) as { cookies: SavedCookies };
  await page.context().addCookies(cookies);
}

interface Fixtures {
  /** A page in a browser of its own, signed in as `user` (and opened at `path`); closed after the test. */
  openAs: (user: DemoUser, path?: string) => Promise<Page>;
}

export const test = base.extend<Fixtures>({
  // (Playwright names this callback `use`; `provide` keeps React's hook lint rule from misfiring.)
  openAs: async ({ browser }, provide) => {
    const contexts: BrowserContext[] = [];
    await provide(async (user, path) => {
      const context = await browser.newContext({ storageState: storageStatePath(user) });
      contexts.push(context);
      const page = await context.newPage();
      if (path) await page.goto(path);
      return page;
    });
    await Promise.all(contexts.map((context) => context.close()));
  },
});

/** Reads for assertions about what a page saved (arranging data goes through the factories). */
export async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

export function uniqueEmail(prefix: string) {
  return `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.org`;
}

export { expect };
