// Readers choose the language of the reader pages: the choice is in the path (so every page stays
// cacheable), remembered in a cookie for addresses without one, and defaults to the browser's
// language. The claim keeps its own words and says so with `lang`.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { createArticleWithClaim, createSource, uniqueTag } from './factories';
import { expect, test } from './fixtures';
import type { Messages } from '../lib/i18n/messages';

const catalogue = (locale: string) => JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as Messages;
const en = catalogue('en');
const id = catalogue('id');

async function publishedIndonesianClaim() {
  const tag = uniqueTag();
  const source = await createSource(`Kementerian Luar Negeri ${tag}`, 'GOVERNMENT');
  const summary = `Turki ${tag} membantah mengirim tentara bayaran`;
  const { claim } = await createArticleWithClaim(
    {
      title: `Turki membantah ${tag}`,
      body: `ANKARA - Turki menolak tuduhan bahwa ${tag} mengirim tentara bayaran ke Azerbaijan.`,
      language: 'id',
    },
    {
      quote: `${tag} mengirim tentara bayaran`,
      cue: 'menolak',
      stance: 'DENIES',
      summary,
      sourceId: source.id,
      status: 'FALSE',
      publication: 'PUBLISHED',
    },
  );
  return { id: claim.id, sourceId: source.id, summary };
}

/** The page's own words: header, footer and headings, without the claim's (marked with lang). */
async function chromeText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts = [...document.querySelectorAll('header, footer, h2, h3')].map((element) => {
      const copy = element.cloneNode(true) as Element;
      copy.querySelectorAll('[lang]').forEach((marked) => marked.remove());
      return copy.textContent ?? '';
    });
    return parts.join(' ');
  });
}

test('a reader switches language on a verdict page and the choice is remembered', async ({ page }) => {
  const claim = await publishedIndonesianClaim();

  // An English browser gets the English page of an Indonesian claim...
  await page.goto(`/claims/${claim.id}`);
  await expect(page).toHaveURL(new RegExp(`/en/claims/${claim.id}/turki-`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('verdict-badge')).toContainText('False');
  // ...with the claim's own words marked as Indonesian, and each language version listed.
  await expect(page.getByTestId('claim-summary')).toHaveAttribute('lang', 'id');
  await expect(page.getByTestId('quote-in-paragraph')).toHaveAttribute('lang', 'id');
  const path = new URL(page.url()).pathname.replace(/^\/en/, '');
  const origin = new URL(page.url()).origin;
  const alternates: [string, string][] = [
    ['id', `${origin}/id${path}`],
    ['en', `${origin}/en${path}`],
    ['x-default', `${origin}${path}`],
  ];
  for (const [hreflang, href] of alternates) {
    await expect(page.locator(`link[rel="alternate"][hreflang="${hreflang}"]`)).toHaveAttribute('href', href);
  }
  // One canonical address whatever the reader's language: the claim's own.
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${origin}/id${path}`);
  // The stance is said once, in the page's language (not the article's cue plus a translation).
  await expect(page.getByTestId('attribution-source')).toHaveText(/\(government\) denied this claim:$/);

  await page.getByTestId('language-switch').getByRole('link', { name: 'Bahasa Indonesia' }).click();
  await expect(page).toHaveURL(`${origin}/id${path}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await expect(page.getByTestId('claim-summary')).not.toHaveAttribute('lang', /./);
  await expect(page.getByTestId('verdict-badge')).toContainText('Keliru');
  await expect(page.getByRole('navigation', { name: id.Site.navLabel })).toContainText(id.Site.latest);
  await expect(page.getByTestId('site-footer')).toContainText(id.Site.footer);
  await expect(page.getByTestId('attribution-source')).toHaveText(/\(pemerintah\) membantah klaim ini:$/);
  expect(((await page.getByTestId('attribution-source').textContent()) ?? '').match(/membantah|menolak/g)).toEqual(['membantah']);

  // No English in the Indonesian page's own words.
  const chrome = await chromeText(page);
  const english = [en.Site.latest, en.Site.dataFeed, en.Site.footer, en.Site.signIn, en.Verdict.whoSaidIt, en.Verdict.explanation];
  for (const words of english) expect(chrome, words).not.toContain(words);

  // Remembered: addresses without a language now open in Indonesian, although the browser says English.
  await page.goto('/');
  await expect(page).toHaveURL(`${origin}/id`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(id.Index.title);
  await page.goto(`/sources/${claim.sourceId}`);
  await expect(page).toHaveURL(`${origin}/id/sources/${claim.sourceId}`);
  await expect(page.getByText(id.SourceKind.GOVERNMENT)).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
});

test('the default language follows the browser, then DEFAULT_LOCALE; unknown values are ignored', async ({ browser, request }) => {
  const claim = await publishedIndonesianClaim();
  const indonesian = await browser.newContext({ locale: 'id-ID' });
  const reader = await indonesian.newPage();
  await reader.goto('/');
  await expect(reader).toHaveURL(/\/id$/);
  await expect(reader.locator('html')).toHaveAttribute('lang', 'id');
  await indonesian.close();

  const redirectOf = async (path: string, headers: Record<string, string>) => {
    const response = await request.get(path, { headers, maxRedirects: 0 });
    expect(response.status(), path).toBe(307);
    expect(response.headers()['cache-control'], 'a per-reader answer is never shared').toContain('no-store');
    return new URL(response.headers().location ?? '', 'http://x').pathname;
  };
  expect(await redirectOf('/', { 'accept-language': 'en-GB,en;q=0.8' })).toBe('/en');
  // The test server runs with the default DEFAULT_LOCALE, Indonesian.
  expect(await redirectOf('/', { 'accept-language': ';;;q=abc,,,' })).toBe('/id');
  expect(await redirectOf('/', { 'accept-language': 'de-DE', cookie: 'NEXT_LOCALE=xx' })).toBe('/id');
  expect(await redirectOf(`/fr/claims/${claim.id}`, { 'accept-language': 'en' })).toBe(`/en/claims/${claim.id}`);
  const unknownLanguage = await request.get(`/fr/claims/${claim.id}`, { headers: { 'accept-language': 'fr' } });
  expect(unknownLanguage.status()).toBe(200);

  // Each language version is a cacheable page of its own.
  const english = await request.get(`/en/claims/${claim.id}/x`);
  expect(english.status()).toBe(200);
  expect(english.headers()['cache-control']).toMatch(/s-maxage=\d+/);
  expect(await english.text()).toContain('<html lang="en"');
});
