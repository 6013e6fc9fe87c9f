// Shared helpers for the browser tests: the demo users, a quick API login, and direct database
// access for arranging data that no page exposes (e.g. a disabled account).
import { test as base, expect, type Page } from '@playwright/test';
import pg from 'pg';
import { DEMO_USERS } from '../prisma/demo-users';

export const USERS = DEMO_USERS;

export type DemoUser = keyof typeof USERS;

/** Signs in through the login endpoint (fast); the cookie lands in the page's browser context. */
export async function loginAs(page: Page, user: DemoUser) {
  const { email, password } = USERS[user];
  const response = await page.request.post('/api/login', { data: { email, password } });
  expect(response.status(), `login as ${user}`).toBe(200);
}

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

export const test = base;
export { expect };
