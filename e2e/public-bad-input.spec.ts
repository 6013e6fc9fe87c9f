// Reader pages under odd input: every answer is a normal page (404, redirect, or a message), never a 500.
import { createArticleWithClaim } from './factories';
import { expect, test } from './fixtures';

async function publishedClaim(summary: string) {
  const { claim } = await createArticleWithClaim(
    { title: `Artikel ${summary}`, body: `KOTAUJI - ${summary} kata seorang pejabat.` },
    { quote: summary, summary, status: 'FALSE', publication: 'PUBLISHED' },
  );
  return claim.id;
}

test('unknown, malformed and unpublished claims are a plain 404', async ({ page }) => {
  for (const path of [
    '/claims/doesnotexist123/whatever',
    "/claims/'%20OR%201=1--/x",
    '/claims/%F0%9F%99%82',
    '/claims/' + 'a'.repeat(300) + '/x',
    '/sources/nope',
    '/sources/%00',
  ]) {
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
    ['q=\' OR 1=1; DROP TABLE "Claim"; --', /No fact checks match|fact check/],
    ['q=tank %26 !armenia | (x <-> y):*', /No fact checks match|fact check/],
    ['q="unbalanced', /No fact checks match|fact check/],
    ['q=🙂🙂', /No fact checks match|fact check/],
    // Words a path would resolve or break: they must not reach the words-only search page as a path.
    ['q=..', /No fact checks match|fact check/],
    ['q=.', /No fact checks match|fact check/],
    ['q=%2E%2E', /No fact checks match|fact check/],
    ['q=a%2F..%2Fb', /No fact checks match|fact check/],
    ['q=100%25', /No fact checks match|fact check/],
    ['q=why%3F%23', /No fact checks match|fact check/],
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
