import { randomUUID } from 'node:crypto';
import { normalizeSourceName } from '../lib/claims/source-name';
import { expect, loginAs, sql, test, USERS } from './fixtures';

/** Rows made by hand get cuid-like ids (letters and digits), as the app makes them. */
const recordId = () => `c${randomUUID().replaceAll('-', '').slice(0, 24)}`;

/** Three sources (one to rename, one to merge into the other), an article and a claim on each side. */
async function arrangeSources() {
  const tag = randomUUID().slice(0, 8);
  const [editor] = await sql<{ id: string }>('SELECT id FROM "User" WHERE email = $1', [USERS.editor.email]);
  if (!editor) throw new Error('The demo editor is missing: run the browser tests through `npm test`.');
  const source = async (name: string, aliases: string[] = []) => {
    const id = recordId();
    await sql('INSERT INTO "Source" (id, name, "normalizedName", kind, aliases, "updatedAt") VALUES ($1, $2, $3, $4, $5, now())', [id, name, normalizeSourceName(name), 'MEDIA', aliases]);
    return { id, name };
  };
  const renamed = await source(`Armenpres ${tag}`);
  const merged = await source(`Kemenhan ${tag}`, [`Kemhan ${tag}`]);
  const target = await source(`Kementerian Pertahanan ${tag}`);
  const articleId = recordId();
  await sql('INSERT INTO "Article" (id, title, body, "rawInput", "createdById", "updatedAt") VALUES ($1, $2, $3, $3, $4, now())', [articleId, `Sources article ${tag}`, 'Kemenhan says the border is calm.', editor.id]);
  const claim = async (sourceId: string, summary: string) => {
    const id = recordId();
    await sql('INSERT INTO "Claim" (id, "articleId", "sourceId", "quoteStart", "quoteEnd", "quoteText", summary, "createdById", "updatedAt") VALUES ($1, $2, $3, 0, 8, $4, $5, $6, now())', [id, articleId, sourceId, 'Kemenhan', summary, editor.id]);
    return { id, summary };
  };
  return { tag, renamed, merged, target, mergedClaim: await claim(merged.id, `The border is calm ${tag}`), targetClaim: await claim(target.id, `Troops withdrew ${tag}`) };
}

test('an editor renames a source, adds an alias and merges two sources; a viewer only reads', async ({ page, browser }) => {
  const { tag, renamed, merged, target, mergedClaim, targetClaim } = await arrangeSources();
  await loginAs(page, 'editor');

  await page.goto(`/desk/sources?q=${encodeURIComponent(tag)}`);
  await expect(page.getByTestId('source-row')).toHaveCount(3);
  await page.getByRole('link', { name: renamed.name }).click();
  await expect(page.getByRole('heading', { level: 1, name: renamed.name })).toBeVisible();

  const newName = `Armenpress ${tag}`;
  await page.getByLabel('Name', { exact: true }).fill(newName);
  await page.getByLabel('Kind', { exact: true }).selectOption('MEDIA');
  await page.getByRole('button', { name: 'Save name and kind' }).click();
  await expect(page.getByText(`Saved as ${newName}.`)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: newName })).toBeVisible();

  await page.getByLabel('Aliases (one per line)').fill(`Armenpres ${tag}\n\n  armenpres ${tag}  `);
  await page.getByRole('button', { name: 'Save aliases' }).click();
  await expect(page.getByText('Saved 1 alias.')).toBeVisible();
  await expect(page.getByText(`Also known as: Armenpres ${tag}`)).toBeVisible();

  // Merge by keyboard: choose the target, tick the confirmation with Space, submit with Enter.
  await page.goto(`/desk/sources/${merged.id}`);
  await expect(page.getByText(mergedClaim.summary)).toBeVisible();
  await page.getByLabel(`Merge ${merged.name} into`).selectOption({ label: target.name });
  await page.getByRole('checkbox', { name: /I understand/ }).press('Space');
  await expect(page.getByRole('checkbox', { name: /I understand/ })).toBeChecked();
  await page.getByRole('button', { name: 'Merge sources' }).press('Enter');
  await expect(page).toHaveURL(new RegExp(`/desk/sources/${target.id}\\?merged=1$`));
  await expect(page.getByText('Sources merged: 1 claim moved here')).toBeVisible();
  await expect(page.getByText(`Also known as: ${merged.name}, Kemhan ${tag}`)).toBeVisible();
  await expect(page.getByTestId('source-claim')).toHaveCount(2);
  await expect(page.getByText(mergedClaim.summary)).toBeVisible();
  await expect(page.getByText(targetClaim.summary)).toBeVisible();

  expect(await sql('SELECT 1 FROM "Source" WHERE id = $1', [merged.id])).toHaveLength(0);
  expect(await sql('SELECT 1 FROM "ClaimEvent" WHERE "claimId" = $1 AND kind = $2', [mergedClaim.id, 'SOURCE_MERGED'])).toHaveLength(1);
  await page.goto(`/desk/sources/${merged.id}`);
  await expect(page.getByRole('heading', { level: 1, name: merged.name })).toHaveCount(0);

  const viewerContext = await browser.newContext();
  const viewer = await viewerContext.newPage();
  await loginAs(viewer, 'viewer');
  await viewer.goto(`/desk/sources/${target.id}`);
  await expect(viewer.getByRole('heading', { level: 1, name: target.name })).toBeVisible();
  await expect(viewer.getByText(mergedClaim.summary)).toBeVisible();
  await expect(viewer.getByRole('button', { name: 'Merge sources' })).toHaveCount(0);
  await expect(viewer.locator('main form')).toHaveCount(0);
  await viewerContext.close();
});
