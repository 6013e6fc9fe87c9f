// From the desk to the reader: a claim is checked, reviewed and published, then a logged-out
// reader finds it, reads the verdict with its quote and evidence, and the ClaimReview markup
// says exactly what the page says, even for hostile claim text.
import { createArticleWithClaim, createSource } from './factories';
import { expect, test } from './fixtures';
import { addEvidence, approveAndPublish, saveVerdict, submitForReview, verdictForm } from './steps';

const BODY =
  'KOTAUJI - Dinas Kesehatan mengatakan "</script><script>window.__pwned = 1</script>" bukan kode.\n\nMenurut Dinas Kesehatan, 40 warga dirawat karena keracunan, kata pejabat itu.';
const QUOTE = '40 warga dirawat karena keracunan';

// An Indonesian reader (browser language id-ID) reading an Indonesian claim: the page in the
// claim's own language is also its canonical address.
test.use({ locale: 'id-ID' });
const NO_MATCH = 'Tidak ada cek fakta yang cocok dengan pencarian ini.';

async function draftClaim(marker: string) {
  const title = `Keracunan massal di Kotauji ${marker}`;
  const summary = `${marker}: 40 warga dirawat "karena keracunan", kata Dinkes </script><script>window.__pwned = 1</script>`;
  const source = await createSource(`Dinas Kesehatan ${marker}`, 'GOVERNMENT');
  const { claim } = await createArticleWithClaim(
    { title, publisher: 'Warta Uji', body: BODY, url: 'https://news.example/keracunan' },
    { quote: QUOTE, cue: 'Menurut', summary, sourceId: source.id },
  );
  return { claimId: claim.id, summary, title, sourceName: source.name };
}

test('a claim published through the desk is found, read and marked up for readers', async ({ browser, openAs, page }) => {
  // The longest flow of the suite (two editors, a reader, a correction, an unpublish): on a busy
  // 2-core machine it needs more than the default 30 s.
  test.setTimeout(120_000);
  const marker = `Racun${Date.now()}`;
  const claim = await draftClaim(marker);

  // Before publication the verdict URL reveals nothing.
  const draftResponse = await page.goto(`/claims/${claim.claimId}`);
  expect(draftResponse?.status()).toBe(404);
  await expect(page.locator('body')).not.toContainText(marker);
  // And the (cached) public index does not list it yet.
  await page.goto(`/?q=${marker.toLowerCase()}`);
  await expect(page.getByText(NO_MATCH)).toBeVisible();

  const editor = await openAs('editor', `/desk/claims/${claim.claimId}`);
  await saveVerdict(editor, 'FALSE', 'Rumah sakit mencatat 12 pasien, bukan 40.\n\nData: https://example.org/rs');
  await addEvidence(editor, { url: 'https://example.org/rs', title: 'Catatan rumah sakit, 3 Maret', relation: 'Refutes the claim' });
  await submitForReview(editor);
  const reviewer = await openAs('editor2', `/desk/claims/${claim.claimId}`);
  await approveAndPublish(reviewer, 'Dewi Editor');

  // Publishing refreshed the cached pages: the same URLs now show the verdict.
  await page.goto(`/claims/${claim.claimId}`);
  await expect(page).toHaveURL(new RegExp(`/claims/${claim.claimId}/racun`));

  // Logged out: search, open, read.
  await page.goto(`/?q=${marker.toLowerCase()}`);
  await expect(page.getByTestId('public-claim')).toHaveCount(1);
  await page.getByTestId('public-claim').getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/claims/${claim.claimId}/racun\\d+-40-warga`));
  await expect(page.getByTestId('claim-summary')).toHaveText(claim.summary);
  await expect(page.getByTestId('verdict-badge')).toContainText('Keliru');
  await expect(page.getByTestId('quote')).toHaveText(QUOTE);
  await expect(page.getByTestId('quote-in-paragraph')).toContainText('Menurut Dinas Kesehatan, 40 warga');
  await expect(page.getByTestId('attribution-source')).toContainText(claim.sourceName);
  await expect(page.getByTestId('evidence-REFUTES').getByRole('link', { name: 'Catatan rumah sakit, 3 Maret' })).toHaveAttribute(
    'href',
    'https://example.org/rs',
  );
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

  // Exactly one ClaimReview, and it says what the page says.
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(blocks).toHaveLength(1);
  expect(blocks[0]).not.toContain('</script>');
  const review = JSON.parse(blocks[0] ?? '{}') as Record<string, unknown> & {
    reviewRating: Record<string, unknown>;
    author: Record<string, unknown>;
    itemReviewed: { author: Record<string, unknown>; appearance: Record<string, unknown>[]; firstAppearance: Record<string, unknown> };
  };
  expect(review['@type']).toBe('ClaimReview');
  expect(review.claimReviewed).toBe(await page.getByTestId('claim-summary').textContent());
  expect(review.url).toBe(page.url());
  expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(page.url());
  expect(review.reviewRating).toEqual({
    '@type': 'Rating',
    ratingValue: 1,
    bestRating: 5,
    worstRating: 1,
    alternateName: (await page.getByTestId('verdict-badge').textContent())?.replace(/\(.*\)/, '').trim(),
  });
  expect(review.author).toMatchObject({ '@type': 'Organization', name: 'ClaimDesk' });
  expect(review.itemReviewed.author).toEqual({ '@type': 'Organization', name: claim.sourceName });
  const appearance = {
    '@type': 'NewsArticle',
    headline: claim.title,
    url: 'https://news.example/keracunan',
    publisher: { '@type': 'Organization', name: 'Warta Uji' },
  };
  expect(review.itemReviewed.appearance).toEqual([appearance]);
  expect(review.itemReviewed.firstAppearance).toEqual(appearance);
  await expect(page.getByTestId('attribution-article')).toContainText(claim.title);
  const published = await page.locator('header time').first().getAttribute('datetime');
  expect(review.datePublished).toBe(published);

  // The social card.
  const ogImage = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(ogImage).toBeTruthy();
  const image = await page.request.get(new URL(ogImage ?? '', page.url()).pathname + new URL(ogImage ?? '', page.url()).search);
  expect(image.status()).toBe(200);
  expect(image.headers()['content-type']).toBe('image/png');
  expect((await image.body()).subarray(1, 4).toString()).toBe('PNG');
  expect(await page.locator('meta[name="twitter:card"]').getAttribute('content')).toBe('summary_large_image');

  // Readable without JavaScript.
  const noJsContext = await browser.newContext({ javaScriptEnabled: false });
  const noJs = await noJsContext.newPage();
  await noJs.goto(page.url());
  await expect(noJs.getByTestId('verdict-badge')).toContainText('Keliru');
  await expect(noJs.getByTestId('quote')).toHaveText(QUOTE);
  await noJsContext.close();

  // The source's track record counts it.
  await page.getByRole('link', { name: claim.sourceName }).first().click();
  await expect(page.getByTestId('track-record-ASSERTS')).toContainText('Keliru');
  await expect(page.getByTestId('track-record-ASSERTS').getByRole('row', { name: /Keliru/ })).toContainText('1');

  // A correction in review: readers keep the approved verdict until a second editor approves the change.
  await page.goto(`/claims/${claim.claimId}`);
  const verdictUrl = page.url();
  await editor.reload();
  await editor.getByText('Correct the published verdict').click();
  const correction = verdictForm(editor);
  await correction.getByLabel('Status').selectOption('MISLEADING');
  await correction.getByLabel('Why is the published verdict changing?').fill('The hospital later counted 38 patients.');
  await correction.getByRole('button', { name: 'Save correction' }).click();
  await expect(editor.getByTestId('public-version')).toContainText('False');
  await page.goto(verdictUrl);
  await expect(page.getByTestId('verdict-badge')).toContainText('Keliru');
  await expect(page.getByTestId('corrections')).toHaveCount(0);
  await reviewer.reload();
  await approveAndPublish(reviewer, 'Dewi Editor');
  await page.goto(verdictUrl);
  await expect(page.getByTestId('verdict-badge')).toContainText('Menyesatkan');
  await expect(page.getByTestId('corrections')).toContainText('The hospital later counted 38 patients.');

  // Unpublishing takes it off the reader pages at once: the cached verdict page and index forget it.
  await reviewer.getByRole('button', { name: 'Unpublish…' }).click();
  await reviewer.getByLabel('Why take it off the public site?').fill('The hospital figures are being re-checked.');
  await reviewer.getByRole('button', { name: 'Unpublish', exact: true }).click();
  await expect(reviewer.getByTestId('publication-state')).not.toContainText('Published');
  expect((await page.goto(verdictUrl))?.status()).toBe(404);
  await page.goto(`/?q=${marker.toLowerCase()}`);
  await expect(page.getByText(NO_MATCH)).toBeVisible();
});
