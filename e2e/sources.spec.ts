import { createArticle, createClaim, createSource, uniqueTag } from './factories';
import { expect, loginAs, sql, test } from './fixtures';

/** Three sources (one to rename, one to merge into the other), an article and a claim on each side. */
async function arrangeSources() {
  const tag = uniqueTag();
  const renamed = await createSource(`Armenpres ${tag}`);
  const merged = await createSource(`Kemenhan ${tag}`, 'MEDIA', [`Kemhan ${tag}`]);
  const target = await createSource(`Kementerian Pertahanan ${tag}`);
  const article = await createArticle({ title: `Sources article ${tag}`, body: 'Kemenhan says the border is calm.' });
  const claim = (sourceId: string, summary: string) => createClaim({ articleId: article.id, sourceId, quote: 'Kemenhan', summary });
  return {
    tag,
    renamed,
    merged,
    target,
    mergedClaim: await claim(merged.id, `The border is calm ${tag}`),
    targetClaim: await claim(target.id, `Troops withdrew ${tag}`),
  };
}

test('an editor renames a source, adds an alias and merges two sources; a viewer only reads', async ({ page, openAs }) => {
  // A rename, an alias, a merge and a second browser: more than the default 30 s under load.
  test.setTimeout(60_000);
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

  const viewer = await openAs('viewer', `/desk/sources/${target.id}`);
  await expect(viewer.getByRole('heading', { level: 1, name: target.name })).toBeVisible();
  await expect(viewer.getByText(mergedClaim.summary)).toBeVisible();
  await expect(viewer.getByRole('button', { name: 'Merge sources' })).toHaveCount(0);
  await expect(viewer.locator('main form')).toHaveCount(0);
});
