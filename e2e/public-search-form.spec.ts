// The index's search form as a reader sends it. With JavaScript only the fields filled in travel
// (a short address to share, and a search of words only reaches its cached page without the
// proxy); without it every field is sent, and the same search is shown.
import { uniqueTag } from './factories';
import { expect, test } from './fixtures';

const NO_MATCH = 'No fact checks match this search.';

test('a search sends only the fields the reader filled in', async ({ page }) => {
  const word = `formsearch${uniqueTag()}`;
  await page.goto('/en');
  const words = page.getByLabel('Search claims, quotes, sources and articles');
  await words.fill(word);
  await words.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/en\\?q=${word}$`));
  await expect(page.getByText(NO_MATCH)).toBeVisible();
  await expect(words).toHaveValue(word);

  await page.getByLabel('Verdict').selectOption({ label: 'False' });
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(new RegExp(`/en\\?q=${word}&verdict=FALSE$`));
  await expect(page.getByText(NO_MATCH)).toBeVisible();

  // Back to the page the form was sent from: its fields can be used again.
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`/en\\?q=${word}$`));
  for (const label of ['Verdict', 'Source', 'From', 'To']) await expect(page.getByLabel(label, { exact: true })).toBeEnabled();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every field is sent, and the same search is shown', async ({ page }) => {
    const word = `formsearch${uniqueTag()}`;
    await page.goto('/en');
    await page.getByLabel('Search claims, quotes, sources and articles').fill(word);
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(new RegExp(`/en\\?q=${word}&verdict=&`));
    await expect(page.getByText(NO_MATCH)).toBeVisible();
    await expect(page.getByLabel('Search claims, quotes, sources and articles')).toHaveValue(word);
  });
});
