// Reader pages under odd input: every answer is a normal page (404, redirect, or a message), never a 500.
import { randomUUID } from 'node:crypto';
import { expect, sql, test } from './fixtures';

async function publishedClaim(summary: string) {
  const [editor] = await sql<{ id: string }>('SELECT id FROM "User" WHERE email = $1', ['editor@example.org']);
  const articleId = `a${randomUUID().replaceAll('-', '').slice(0, 20)}`;
  const claimId = `c${randomUUID().replaceAll('-', '').slice(0, 20)}`;
  const body = `KOTAUJI - ${summary} kata seorang pejabat.`;
  await sql('INSERT INTO "Article" (id, title, body, "rawInput", "createdById", "updatedAt") VALUES ($1, $2, $3, $3, $4, now())', [articleId, `Artikel ${summary}`, body, editor?.id]);
  await sql(
    `INSERT INTO "Claim" (id, "articleId", "quoteStart", "quoteEnd", "quoteText", summary, status, publication, "publishedAt", "createdById", "updatedAt")
     VALUES ($1, $2, 10, $3, $4, $5, 'FALSE', 'PUBLISHED', now(), $6, now())`,
    [claimId, articleId, 10 + summary.length, summary, summary, editor?.id],
  );
  // Readers see only the snapshot approval takes: take it as approval would.
  await sql('UPDATE "Claim" SET "publicSnapshot" = claimdesk_public_snapshot(id) WHERE id = $1', [claimId]);
  return claimId;
}

test('unknown, malformed and unpublished claims are a plain 404', async ({ page }) => {
  for (const path of ['/claims/doesnotexist123/whatever', "/claims/'%20OR%201=1--/x", '/claims/%F0%9F%99%82', '/claims/' + 'a'.repeat(300) + '/x', '/sources/nope', '/sources/%00']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  }
});

test('a wrong or missing slug redirects to the canonical address', async ({ page }) => {
  const id = await publishedClaim(`Jembatan runtuh ${Date.now()}`);
  await page.goto(`/claims/${id}/not-the-slug`);
  await expect(page).toHaveURL(new RegExp(`/claims/${id}/jembatan-runtuh-\\d+$`));
  await page.goto(`/claims/${id}`);
  await expect(page).toHaveURL(new RegExp(`/claims/${id}/jembatan-runtuh-\\d+$`));
  await expect(page.getByTestId('verdict-badge')).toHaveText(/Keliru|False/);
});

test('hostile or odd searches give a normal page with a message', async ({ page }) => {
  const cases: [string, RegExp][] = [
    ["q=' OR 1=1; DROP TABLE \"Claim\"; --", /No fact checks match|fact check/],
    ['q=tank %26 !armenia | (x <-> y):*', /No fact checks match|fact check/],
    ['q="unbalanced', /No fact checks match|fact check/],
    ['q=🙂🙂', /No fact checks match|fact check/],
    [`q=${'a'.repeat(10_000)}`, /too long/],
    ['page=-4', /whole number/],
    ['page=99999999999999', /whole number/],
    ['page=abc', /whole number/],
    ['page=400', /fact check|No fact checks/],
    ['verdict=ALMOST', /verdict does not exist/],
    ['source=../../x', /source is not known/],
    ['from=2020-13-45', /not a real date/],
    ['from=2021-01-01&to=2020-01-01', /ends before it starts/],
  ];
  for (const [query, message] of cases) {
    const response = await page.goto(`/?${query}`);
    expect(response?.status(), query).toBe(200);
    await expect(page.locator('main')).toContainText(message);
  }
});

test('a published claim is found by words of its summary, its source or its article', async ({ page }) => {
  const marker = `Kerbau${Date.now()}`;
  const id = await publishedClaim(`${marker} menyeberang jalan tol`);
  await page.goto(`/?q=${marker.toLowerCase()}`);
  await expect(page.getByTestId('public-claim')).toHaveCount(1);
  await page.getByRole('link', { name: new RegExp(marker) }).click();
  await expect(page).toHaveURL(new RegExp(`/claims/${id}/`));
  await page.goto(`/?q=${encodeURIComponent(`"artikel ${marker}"`)}`);
  await expect(page.getByTestId('public-claim')).toHaveCount(1);
});
