import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { createArticle, createClaim, uniqueTag } from './factories';
import { expect, loginAs, sql, test } from './fixtures';

/** An article with one published verdict and one draft, both with text that trips naive CSV writers. */
async function arrangeClaims() {
  const tag = uniqueTag();
  const article = await createArticle({ title: `Export article ${tag}`, language: 'id', body: 'Bupati berkata.' });
  const claim = async (summary: string, published: boolean) =>
    (
      await createClaim({
        articleId: article.id,
        quote: 'Bupati',
        summary,
        status: 'FALSE',
        publication: published ? 'PUBLISHED' : 'DRAFT',
      })
    ).id;
  const publishedId = await claim(`=Tanggul "jebol", kata Bupati 😀 ${tag}`, true);
  const draftId = await claim(`Draft, not for readers ${tag}`, false);
  return { articleId: article.id, publishedId, draftId };
}

const csvIds = (text: string | Buffer) => parse<Record<string, string>>(text, { bom: true, columns: true }).map((row) => row.id);

test('an editor counts an export on the desk page and downloads it from the link', async ({ page }) => {
  const { articleId, publishedId, draftId } = await arrangeClaims();
  await loginAs(page, 'editor');
  await page.goto('/desk/export');
  await page.getByLabel('Publication', { exact: true }).selectOption('all');
  await page.getByLabel('Article', { exact: true }).selectOption(articleId);
  await page.getByRole('button', { name: 'Count matching claims' }).click();
  await expect(page.getByTestId('export-count')).toHaveText('2');

  const link = page.getByTestId('export-download');
  await expect(link).toHaveAttribute('href', `/api/export?format=csv&publication=all&article=${articleId}`);
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toMatch(/^claimdesk-all-article-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.csv$/);
  const file = await readFile(await download.path());
  expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(csvIds(file).sort()).toEqual([publishedId, draftId].sort());
  const published = parse<Record<string, string>>(file, { bom: true, columns: true }).find((row) => row.id === publishedId);
  expect(published?.summary?.startsWith(`'=Tanggul "jebol"`)).toBe(true);
});

test('an editor picks the attributions format: one row per place a claim was said', async ({ page }) => {
  const { articleId, publishedId, draftId } = await arrangeClaims();
  await loginAs(page, 'editor');
  await page.goto('/desk/export');
  await page.getByLabel('Format', { exact: true }).selectOption('attributions');
  await page.getByLabel('Publication', { exact: true }).selectOption('all');
  await page.getByLabel('Article', { exact: true }).selectOption(articleId);
  await page.getByRole('button', { name: 'Count matching claims' }).click();
  await expect(page.getByRole('heading', { name: /one row for each place these claims were said/ })).toBeVisible();

  const link = page.getByTestId('export-download');
  await expect(link).toHaveAttribute('href', `/api/export?format=attributions&publication=all&article=${articleId}`);
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toMatch(/\.attributions\.csv$/);
  const rows = parse<Record<string, string>>(await readFile(await download.path()), { bom: true, columns: true });
  expect(rows.map((row) => row.claimId).sort()).toEqual([publishedId, draftId].sort());
  expect(rows.every((row) => row.quote === 'Bupati' && row.position === '1')).toBe(true);
});

test('a viewer downloads published claims but is refused drafts', async ({ page }) => {
  const { articleId, publishedId } = await arrangeClaims();
  await loginAs(page, 'viewer');
  const published = await page.request.get(`/api/export?format=csv&article=${articleId}`);
  expect(published.status()).toBe(200);
  expect(csvIds(await published.body())).toEqual([publishedId]);

  const drafts = await page.request.get(`/api/export?format=csv&publication=draft&article=${articleId}`);
  expect(drafts.status()).toBe(403);
  expect(await drafts.text()).toBe('Your role may export published claims only: exporting drafts needs an editor.\n');
  expect(drafts.headers()['content-disposition']).toBeUndefined();

  await page.goto('/desk/export?publication=all');
  await expect(page.getByRole('alert').filter({ hasText: 'exporting drafts needs an editor' })).toBeVisible();
  await expect(page.getByTestId('export-download')).toHaveCount(0);
});

test('logged out, /claims.csv and /claims.json carry published claims only', async ({ request }) => {
  const { articleId, publishedId, draftId } = await arrangeClaims();
  const csv = await request.get('/claims.csv');
  expect(csv.status()).toBe(200);
  const ids = csvIds(await csv.body());
  expect(ids).toContain(publishedId);
  expect(ids).not.toContain(draftId);
  const drafts = await sql<{ id: string }>(`SELECT id FROM "Claim" WHERE publication <> 'PUBLISHED' OR "deletedAt" IS NOT NULL`);
  for (const { id } of drafts) expect(ids).not.toContain(id);

  const json = await request.get(`/claims.json?article=${articleId}`);
  expect(((await json.json()) as { id: string }[]).map((row) => row.id)).toEqual([publishedId]);

  // A reader's refusal is in the reader's language: English when asked for, else DEFAULT_LOCALE.
  const refused = await request.get('/claims.csv?publication=draft', { headers: { 'accept-language': 'en' } });
  expect(refused.status()).toBe(403);
  expect(await refused.text()).toMatch(/^Drafts are not public/);
  const refusedDefault = await request.get('/claims.csv?publication=draft');
  expect(await refusedDefault.text()).toMatch(/^Draf tidak bersifat publik/);
});
