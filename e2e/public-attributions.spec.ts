// One claim, said in two articles (issue 14, readers): the Armenian defence ministry asserts it, and
// Turkey denies it the next day. The verdict page shows both, saying who made the claim and who
// denied it, in the reader's language; ClaimReview names only the ministry as the claim's author;
// each source's track record counts what it made apart from what it denied.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { axeFindings } from './accessibility';
import { createPublishedClaim, setArticleDate } from './attribution-factories';
import { createArticle, createSource, uniqueTag } from './factories';
import { expect, test } from './fixtures';

type Tree = { [key: string]: string | Tree };
const catalogue = (locale: string) => JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as Tree;
const [en, id] = [catalogue('en'), catalogue('id')];

const MINISTRY_QUOTE = 'sebuah pesawat SU-25 Armenia ditembak jatuh oleh F-16 Turki di atas wilayah Armenia';
const DENIED_QUOTE = 'F-16 Turki menembak jatuh SU-25 Armenia';
const TURKEY_QUOTE = 'pesawatnya tidak pernah memasuki wilayah udara Armenia';

async function arrange() {
  const tag = uniqueTag();
  const ministry = await createSource(`Kementerian Pertahanan Armenia ${tag}`, 'GOVERNMENT');
  const turkey = await createSource(`Kementerian Luar Negeri Turki ${tag}`, 'GOVERNMENT');
  const first = await createArticle({
    title: `Armenia: SU-25 ditembak jatuh F-16 Turki ${tag}`,
    publisher: 'Kabar Uji',
    url: `https://news.example/${tag}/su25`,
    body: `YEREVAN - Kementerian Pertahanan Armenia mengatakan ${MINISTRY_QUOTE}.\n\nPilotnya tewas, menurut kementerian itu.`,
  });
  const next = await createArticle({
    title: `Turki membantah tembak jatuh SU-25 ${tag}`,
    publisher: 'Warta Lain',
    url: `https://news.example/${tag}/bantah`,
    body: `ANKARA - Kementerian Luar Negeri Turki menolak tuduhan bahwa ${DENIED_QUOTE} sebagai propaganda murahan.\n\nTurki juga mengatakan ${TURKEY_QUOTE}.`,
  });
  await setArticleDate(first.id, new Date('2020-09-29T09:00:00Z'));
  await setArticleDate(next.id, new Date('2020-09-30T02:00:00Z'));
  // The denial is listed first here; readers see the ministry first, whose article came first.
  const shotDown = await createPublishedClaim(
    {
      summary: `F-16 Turki menembak jatuh SU-25 Armenia ${tag}`,
      status: 'FALSE',
      explanation: 'Tidak ada bukti independen bahwa pesawat Turki terlibat.',
    },
    [
      { articleId: next.id, quote: DENIED_QUOTE, sourceId: turkey.id, cue: 'menolak', stance: 'DENIES' },
      { articleId: first.id, quote: MINISTRY_QUOTE, sourceId: ministry.id, cue: 'mengatakan' },
    ],
  );
  const turkeyClaim = await createPublishedClaim(
    { summary: `Pesawat Turki tidak memasuki wilayah udara Armenia ${tag}`, status: 'UNPROVEN' },
    [{ articleId: next.id, quote: TURKEY_QUOTE, sourceId: turkey.id, cue: 'mengatakan' }],
  );
  return { tag, ministry, turkey, shotDown, turkeyClaim, urls: [`https://news.example/${tag}/su25`, `https://news.example/${tag}/bantah`] };
}

let data: Awaited<ReturnType<typeof arrange>>;
test.beforeAll(async () => {
  data = await arrange();
});

/** The page's text in its own words: what is marked with another `lang` (the claim's) and scripts left out. */
function ownText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const copy = document.body.cloneNode(true) as Element;
    copy.querySelectorAll('[lang], script, style, template').forEach((element) => element.remove());
    return copy.textContent ?? '';
  });
}

/** The literal words of the English catalogue that its Indonesian twin does not share. */
function englishOnlyFragments(namespaces: string[]): string[] {
  const fragments: string[] = [];
  const walk = (english: Tree | string, indonesian: Tree | string | undefined) => {
    if (typeof english === 'string') {
      const twin = typeof indonesian === 'string' ? indonesian : '';
      for (const part of english.split(/[{}#]/).map((p) => p.trim()))
        if (part.length >= 4 && /[a-z]/i.test(part) && !twin.includes(part)) fragments.push(part);
      return;
    }
    for (const [key, value] of Object.entries(english)) walk(value, typeof indonesian === 'object' ? indonesian[key] : undefined);
  };
  for (const namespace of namespaces) walk(en[namespace] ?? {}, id[namespace]);
  return fragments;
}

async function screenshots(page: Page, name: string) {
  // Set E2E_SCREENSHOTS=1 to keep pictures of the pages for a human look (test-results/).
  if (process.env.E2E_SCREENSHOTS !== '1') return;
  await page.screenshot({ path: test.info().outputPath(`${name}-desktop.png`), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: test.info().outputPath(`${name}-390.png`), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 720 });
}

test('the verdict page lists who made the claim and who denied it, in Indonesian', async ({ page }) => {
  await page.goto(`/id/claims/${data.shotDown.id}`);
  await expect(page).toHaveURL(new RegExp(`/id/claims/${data.shotDown.id}/f-16-turki`));
  await expect(page.getByText('Disampaikan atau dibantah di 2 tempat, dari yang paling awal.')).toBeVisible();
  const [made, denied] = [page.getByTestId('attribution').nth(0), page.getByTestId('attribution').nth(1)];
  await expect(page.getByTestId('attribution')).toHaveCount(2);
  await expect(made).toHaveAttribute('data-stance', 'ASSERTS');
  await expect(made.getByTestId('attribution-source')).toHaveText(`${data.ministry.name} (pemerintah) menyampaikan klaim ini:`);
  await expect(made.getByTestId('quote')).toHaveText(MINISTRY_QUOTE);
  await expect(made.getByTestId('attribution-article')).toContainText(
    `Armenia: SU-25 ditembak jatuh F-16 Turki ${data.tag} · Kabar Uji · 29`,
  );
  await expect(denied).toHaveAttribute('data-stance', 'DENIES');
  await expect(denied.getByTestId('attribution-source')).toHaveText(`${data.turkey.name} (pemerintah) membantah klaim ini:`);
  await expect(denied.getByTestId('quote-in-paragraph')).toContainText(`menolak tuduhan bahwa ${DENIED_QUOTE} sebagai propaganda murahan`);
  await expect(denied.getByRole('link', { name: `Turki membantah tembak jatuh SU-25 ${data.tag}` })).toHaveAttribute(
    'href',
    data.urls[1] ?? '',
  );
  await expect(denied.getByRole('link', { name: data.turkey.name })).toHaveAttribute('href', `/id/sources/${data.turkey.id}`);
  for (const source of [data.ministry, data.turkey])
    await expect(page.getByRole('link', { name: `Rekam jejak sumber ini: ${source.name}` })).toHaveAttribute(
      'href',
      `/id/sources/${source.id}`,
    );

  // ClaimReview: the ministry made the claim, Turkey only denied it; both articles are appearances.
  const [markup] = await page.locator('script[type="application/ld+json"]').allTextContents();
  const { itemReviewed } = JSON.parse(markup ?? '{}') as {
    itemReviewed: { author?: { name: string }; appearance: { url: string }[]; firstAppearance: { url: string } };
  };
  expect(itemReviewed.author).toEqual({ '@type': 'Organization', name: data.ministry.name });
  expect(itemReviewed.appearance.map((a) => a.url)).toEqual(data.urls);
  expect(itemReviewed.firstAppearance.url).toBe(data.urls[0]);

  // Nothing English outside the claim's own words.
  const text = await ownText(page);
  for (const words of englishOnlyFragments(['Site', 'Status', 'SourceKind', 'Stance', 'Evidence', 'Verdict', 'Sources']))
    expect(text, words).not.toContain(words);
  expect(text).not.toMatch(/\b(the|and|of|by|claim|said|made|denied|source|published|read)\b/i);
  expect(await axeFindings(page)).toEqual([]);
  await screenshots(page, 'verdict-id');
});

test('the English page says the same in English, keeping the claim and the quotes in Indonesian', async ({ page }) => {
  await page.goto(`/en/claims/${data.shotDown.id}`);
  await expect(page.getByTestId('claim-summary')).toHaveAttribute('lang', 'id');
  await expect(page.getByText('Said or denied in 2 places, earliest first.')).toBeVisible();
  await expect(page.getByTestId('attribution-source').nth(0)).toHaveText(`${data.ministry.name} (government) made this claim:`);
  await expect(page.getByTestId('attribution-source').nth(1)).toHaveText(`${data.turkey.name} (government) denied this claim:`);
  for (const quote of await page.getByTestId('quote-in-paragraph').all()) await expect(quote).toHaveAttribute('lang', 'id');
  await expect(page.getByRole('link', { name: `Turki membantah tembak jatuh SU-25 ${data.tag}` })).toHaveAttribute('lang', 'id');
  await screenshots(page, 'verdict-en');
});

test("a source's track record counts the claims it made apart from those it denied", async ({ page }) => {
  await page.goto(`/id/sources/${data.turkey.id}`);
  const made = page.getByTestId('stance-ASSERTS');
  const denied = page.getByTestId('stance-DENIES');
  await expect(made.getByRole('heading', { level: 3 })).toHaveText('Klaim yang disampaikan (1 klaim)');
  await expect(made.getByRole('row', { name: /Tidak terbukti/ })).toContainText('1');
  await expect(made.getByRole('row', { name: /Keliru/ })).toContainText('0');
  await expect(denied.getByRole('heading', { level: 3 })).toHaveText('Klaim yang dibantah (1 klaim)');
  await expect(denied).toContainText('Jika klaim yang dibantah dinilai keliru, bantahannya terbukti benar.');
  await expect(denied.getByRole('row', { name: /Keliru/ })).toContainText('1');
  // The list marks the claim it denied, not the one it made.
  const items = page.getByTestId('public-claim');
  await expect(items).toHaveCount(2);
  await expect(items.filter({ hasText: data.shotDown.summary }).getByTestId('claim-note')).toHaveText(`Dibantah oleh ${data.turkey.name}`);
  await expect(items.filter({ hasText: data.turkeyClaim.summary }).getByTestId('claim-note')).toHaveCount(0);
  expect(await ownText(page)).not.toMatch(/\b(the|and|of|by|claim|claims|made|denied|verdicts?)\b/i);
  expect(await axeFindings(page)).toEqual([]);
  await screenshots(page, 'source-id');

  await page.goto(`/en/sources/${data.turkey.id}`);
  await expect(page.getByTestId('stance-ASSERTS').getByRole('heading', { level: 3 })).toHaveText('Claims it made (1 claim)');
  await expect(page.getByTestId('stance-DENIES').getByRole('heading', { level: 3 })).toHaveText('Claims it denied (1 claim)');
  await expect(page.getByTestId('claim-note')).toHaveText(`Denied by ${data.turkey.name}`);
  await screenshots(page, 'source-en');

  // The ministry denied nothing: the page says so rather than drawing empty bars.
  await page.goto(`/en/sources/${data.ministry.id}`);
  await expect(page.getByTestId('stance-ASSERTS').getByRole('row', { name: /False/ })).toContainText('1');
  await expect(page.getByTestId('stance-DENIES')).toContainText('None published yet.');
  await expect(page.getByTestId('track-record-DENIES')).toHaveCount(0);
});
