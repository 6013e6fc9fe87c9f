// Every main desk and reader page passes axe-core (rules in e2e/accessibility.ts): no finding of
// any impact. A page that gains a finding fails here with the rule and the elements named.
import { axeFindings } from './accessibility';
import { createArticleWithClaim, createClaim, createSource, uniqueTag } from './factories';
import { expect, signedInAs, test } from './fixtures';
import { selectInBody } from './select-text';

/** An article with a published claim (with a source and evidence) and a draft claim. */
async function arrangePages() {
  const tag = uniqueTag();
  const source = await createSource(`Dinas Pekerjaan Umum ${tag}`, 'GOVERNMENT');
  const body = `KOTAUJI - Dinas Pekerjaan Umum mengatakan jembatan itu ditutup untuk pemeriksaan rutin.\n\nMenurut warga, retakan sudah terlihat sejak bulan lalu.`;
  const { article, claim: published } = await createArticleWithClaim(
    { title: `Jembatan Merah ditutup ${tag}`, body, publisher: 'Warta Uji', url: 'https://news.example/jembatan' },
    {
      quote: 'jembatan itu ditutup untuk pemeriksaan rutin',
      summary: `Jembatan Merah ditutup untuk pemeriksaan rutin ${tag}`,
      cue: 'mengatakan',
      sourceId: source.id,
      status: 'TRUE',
      publication: 'PUBLISHED',
      evidence: [{ url: 'https://example.org/pu', title: 'Pengumuman Dinas PU', relation: 'SUPPORTS' }],
    },
  );
  const draft = await createClaim({
    articleId: article.id,
    quote: 'retakan sudah terlihat sejak bulan lalu',
    summary: `Retakan terlihat sejak bulan lalu ${tag}`,
    sourceId: source.id,
  });
  return { articleId: article.id, publishedId: published.id, draftId: draft.id, sourceId: source.id };
}

let ids: Awaited<ReturnType<typeof arrangePages>>;
test.beforeAll(async () => {
  ids = await arrangePages();
});

test.describe('reader pages', () => {
  const pages: [string, () => string][] = [
    ['the index', () => '/'],
    ['a search with no results', () => '/?q=tidak-ada-yang-cocok'],
    ['a verdict page', () => `/claims/${ids.publishedId}`],
    ['a source page', () => `/sources/${ids.sourceId}`],
    ['the login page', () => '/login'],
  ];
  for (const [name, path] of pages) {
    test(`${name} has no accessibility findings`, async ({ page }) => {
      await page.goto(path());
      expect(await axeFindings(page)).toEqual([]);
    });
  }
});

test.describe('desk pages', () => {
  // The admin sees every page and every form an editor sees, plus the users page.
  test.use(signedInAs('admin'));
  const pages: [string, () => string][] = [
    ['the desk home', () => '/desk'],
    ['the articles list', () => '/desk/articles'],
    ['the import page', () => '/desk/articles/new'],
    ['the claim workspace', () => `/desk/articles/${ids.articleId}`],
    ['the correction page', () => `/desk/articles/${ids.articleId}/edit`],
    ['the claims list', () => '/desk/claims'],
    ['a draft claim page', () => `/desk/claims/${ids.draftId}`],
    ['a published claim page', () => `/desk/claims/${ids.publishedId}`],
    ['the sources list', () => '/desk/sources'],
    ['a source page', () => `/desk/sources/${ids.sourceId}`],
    ['the export page', () => '/desk/export'],
    ['the users page', () => '/desk/users'],
  ];
  for (const [name, path] of pages) {
    test(`${name} has no accessibility findings`, async ({ page }) => {
      await page.goto(path());
      expect(await axeFindings(page)).toEqual([]);
    });
  }

  test('the workspace with the new-claim form open has no accessibility findings', async ({ page }) => {
    await page.goto(`/desk/articles/${ids.articleId}`);
    await selectInBody(page, 'Menurut warga');
    await expect(page.getByTestId('claim-quote')).toHaveText('Menurut warga');
    expect(await axeFindings(page)).toEqual([]);
  });

  test('a form showing its errors has no accessibility findings', async ({ page }) => {
    await page.goto('/desk/users');
    await page.getByLabel('Initial password').fill('short');
    await page.getByLabel('Email').fill('someone@example.org');
    await page.getByLabel('Name').fill('Someone');
    await page.getByRole('button', { name: 'Create user' }).click();
    await expect(page.getByText('Use at least 10 characters.')).toBeVisible();
    await expect(page.getByLabel('Initial password')).toHaveAccessibleDescription(/At least 10 characters\..*Use at least 10 characters\./);
    expect(await axeFindings(page)).toEqual([]);
  });
});
