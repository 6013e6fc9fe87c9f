// A desk response must never carry desk data to a visitor without a valid session: not with a
// made-up cookie, an expired one, a disabled user's, one from before a password reset, a signed-out
// session's, or one signed in longer ago than a session lasts, and not
// for the RSC and prefetch requests of client-side navigation either. Every desk route is covered,
// read from the app directory (e2e/desk-routes.ts).
import type { APIRequestContext, APIResponse } from '@playwright/test';
import { encode } from 'next-auth/jwt';
import { createAccount } from './factories';
import { expect, loginAs, sql, test } from './fixtures';
import { fillRoute, listDeskRoutes } from './desk-routes';

const COOKIE = 'authjs.session-token';
const secret = process.env.AUTH_SECRET ?? '';

function sessionCookie(claims: Record<string, unknown>, maxAge = 3600): Promise<string> {
  return encode({ token: claims, secret, salt: COOKIE, maxAge });
}

/** Request headers of a plain visit, a client-side navigation and a router prefetch. */
const HEADER_SETS: Record<string, Record<string, string>> = {
  plain: {},
  rsc: { RSC: '1' },
  prefetch: { RSC: '1', 'Next-Router-Prefetch': '1' },
  segmentPrefetch: { RSC: '1', 'Next-Router-Prefetch': '1', 'Next-Router-Segment-Prefetch': '/_tree' },
};

/** Word runs long enough to be unmistakable in HTML or in an RSC payload, whatever the escaping. */
function fragments(texts: string[]): string[] {
  return texts
    .map((text) => (text.match(/[\p{L}\p{N} ]{14,}/gu) ?? []).sort((a, b) => b.length - a.length)[0]?.trim() ?? '')
    .filter((s) => s.length >= 14);
}

/**
 * An RSC request without its cache-busting `_rsc` parameter is first sent to the same path with
 * one; that hop carries no page, so it is followed (with the same headers) to the real answer.
 */
async function getFollowingRscHops(context: APIRequestContext, url: string, headers: Record<string, string>): Promise<APIResponse> {
  let response = await context.get(url, { headers, maxRedirects: 0 });
  for (let hop = 0; hop < 2; hop++) {
    const location = response.headers().location ?? '';
    if (![303, 307, 308].includes(response.status()) || !/[?&]_rsc(=|&|$)/.test(location)) break;
    response = await context.get(location, { headers, maxRedirects: 0 });
  }
  return response;
}

test.describe('desk routes refuse sessions that are not valid', () => {
  test.describe.configure({ timeout: 180_000 });

  test('no desk data for forged, expired, disabled or outdated cookies, whatever the headers', async ({ page, playwright, baseURL }) => {
    expect(secret, 'the e2e run provides AUTH_SECRET').not.toBe('');
    const [article] = await sql<{ id: string }>(
      `SELECT a.id FROM "Article" a WHERE EXISTS (SELECT 1 FROM "Attribution" t WHERE t."articleId" = a.id) ORDER BY a."createdAt" LIMIT 1`,
    );
    const [claim] = await sql<{ id: string }>(
      `SELECT id FROM "Claim" WHERE publication <> 'PUBLISHED' AND "deletedAt" IS NULL ORDER BY "createdAt" LIMIT 1`,
    );
    const [source] = await sql<{ id: string }>(`SELECT id FROM "Source" ORDER BY "createdAt" LIMIT 1`);
    expect(article && claim && source, 'the demo data has an article, a draft claim and a source').toBeTruthy();
    const ids = { 'articles/id': article!.id, 'claims/id': claim!.id, 'sources/id': source!.id };

    const drafts = await sql<{ summary: string; quoteText: string }>(
      `SELECT c.summary, t."quoteText" FROM "Claim" c JOIN "Attribution" t ON t."claimId" = c.id WHERE c.publication <> 'PUBLISHED'`,
    );
    const articles = await sql<{ title: string; body: string }>(`SELECT title, substring(body, 1, 300) AS body FROM "Article"`);
    const users = await sql<{ email: string }>(`SELECT email FROM "User"`);
    const sentinels = [
      ...fragments(drafts.flatMap((d) => [d.summary, d.quoteText])),
      ...fragments(articles.flatMap((a) => [a.title, a.body])),
      ...users.map((u) => u.email),
    ];
    expect(sentinels.length).toBeGreaterThan(5);

    // The sentinels are real: a signed-in editor's desk does show them.
    await loginAs(page, 'admin');
    const signedIn = await (await page.request.get('/desk/claims')).text();
    expect(
      sentinels.some((s) => signedIn.includes(s)),
      'the signed-in claim list shows draft claims',
    ).toBe(true);

    const [admin] = await sql<{ id: string }>(`SELECT id FROM "User" WHERE email = 'admin@example.org'`);
    const disabled = await createAccount('ADMIN', { disabled: true, emailPrefix: 'disabled-access' });
    // Each cookie is wrong in one way only: the others carry a session id and a fresh sign-in time.
    const now = Math.floor(Date.now() / 1000);
    const session = () => ({ sid: crypto.randomUUID(), sat: now });
    const signedOut = session();
    await sql(`INSERT INTO "EndedSession" (id, "userId", "expiresAt") VALUES ($1, $2, now() + interval '1 hour')`, [
      signedOut.sid,
      admin!.id,
    ]);
    const cookies: Record<string, string> = {
      forged: 'x',
      garbage: 'eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2Q0JDLUhTNTEyIn0..bm90.YS10b2tlbg.eA',
      expired: await sessionCookie({ sub: admin!.id, role: 'ADMIN', sv: 0, ...session() }, -3600),
      disabledUser: await sessionCookie({ sub: disabled.id, role: 'ADMIN', sv: 0, ...session() }),
      outdatedVersion: await sessionCookie({ sub: admin!.id, role: 'ADMIN', sv: 41, ...session() }),
      noVersion: await sessionCookie({ sub: admin!.id, role: 'ADMIN', ...session() }),
      unknownUser: await sessionCookie({ sub: 'nosuchuser', role: 'ADMIN', sv: 0, ...session() }),
      noSessionId: await sessionCookie({ sub: admin!.id, role: 'ADMIN', sv: 0, sat: now }),
      signedOut: await sessionCookie({ sub: admin!.id, role: 'ADMIN', sv: 0, ...signedOut }),
      signedInTooLongAgo: await sessionCookie({ sub: admin!.id, role: 'ADMIN', sv: 0, sid: crypto.randomUUID(), sat: now - 13 * 3600 }),
    };

    const routes = listDeskRoutes();
    expect(routes.map((r) => r.template)).toEqual(
      expect.arrayContaining(['/desk', '/desk/claims', '/desk/articles/[id]', '/desk/claims/[id]', '/api/export']),
    );
    const anonymous = await playwright.request.newContext({ baseURL });
    try {
      for (const route of routes) {
        const url = fillRoute(route.template, ids);
        for (const [cookieName, cookie] of Object.entries(cookies)) {
          for (const [headerName, headers] of Object.entries(HEADER_SETS)) {
            const response = await getFollowingRscHops(anonymous, url, { ...headers, cookie: `${COOKIE}=${cookie}` });
            const body = await response.text();
            const where = `${url} with a ${cookieName} cookie (${headerName})`;
            const leaked = sentinels.filter((s) => body.includes(s));
            expect.soft(leaked, `${where} leaks desk data`).toEqual([]);
            if (route.kind === 'api') {
              expect(response.status(), where).toBe(401);
            } else if (response.status() === 200) {
              // An RSC answer carries the redirect for the client router instead of a 3xx; a
              // prefetch may instead answer with the bare route tree (checked above for data).
              if (!headerName.toLowerCase().includes('prefetch')) expect(body, where).toMatch(/\/login/);
            } else {
              expect([303, 307], where).toContain(response.status());
              expect(response.headers().location, where).toMatch(/^\/login(\?|$)/);
            }
          }
        }
      }
    } finally {
      await anonymous.dispose();
      await sql(`DELETE FROM "User" WHERE id = $1`, [disabled.id]);
      await sql(`DELETE FROM "EndedSession" WHERE id = $1`, [signedOut.sid]);
    }
  });
});
