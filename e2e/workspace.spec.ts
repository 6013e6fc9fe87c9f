import { createArticle, createClaim, createSource, uniqueTag } from './factories';
import { expect, loginAs, signedInAs, sql, test } from './fixtures';
import { selectInBody } from './select-text';
import { chooseUpload, importArticle, PASTE_LABEL } from './steps';

const PASTED = `Baca berita tanpa iklan. Gabung Warta Uji+

Wali Kota Contoh Bantah Jembatan Ditutup karena Retak

Warta Uji - 02/02/2026, 10:05 WITA
Sari Penulis

Penulis

Sumber Antara

KOTAUJI, WARTA UJI - Jembatan Merah di Kotauji ditutup sejak Senin pagi.

Dinas Pekerjaan Umum mengatakan, jembatan itu ditutup untuk pemeriksaan rutin selama tiga hari.

Baca juga: Jalan Alternatif Macet Panjang

Wali Kota Contoh Budi Santosa membantah bahwa jembatan itu retak. "Jembatan itu aman dan kuat," katanya.

Menurut warga sekitar, retakan sudah terlihat sejak bulan lalu.

Halaman:
Terkini Lainnya

Harga Beras Turun di Pasar Induk

Harga Beras Turun di Pasar Induk
Komentar
Close Ads`;

test.describe('importing an article', () => {
  test.use(signedInAs('editor'));

  test('pasted page text is cleaned, previewed, corrected and saved with its raw input', async ({ page }) => {
    await page.goto('/desk/articles/new');
    await page.getByRole('button', { name: 'Preview' }).click();
    await expect(page.getByRole('alert').filter({ hasText: /empty/i })).toBeVisible();

    await page.getByLabel(PASTE_LABEL).fill(PASTED);
    await page.getByRole('button', { name: 'Preview' }).click();
    await expect(page.getByLabel('Headline')).toHaveValue('Wali Kota Contoh Bantah Jembatan Ditutup karena Retak');
    await expect(page.getByLabel('Publisher')).toHaveValue('Warta Uji');
    await expect(page.getByLabel('Author')).toHaveValue('Sari Penulis');
    await expect(page.getByLabel('Published')).toHaveValue('2026-02-02T10:05:00+08:00');
    await expect(page.getByLabel('Dateline')).toHaveValue('KOTAUJI');
    await expect(page.getByLabel('Credited source')).toHaveValue('Antara');
    const body = page.getByLabel('Article text');
    await expect(body).toHaveValue(/^KOTAUJI, WARTA UJI - Jembatan Merah/);
    await expect(body).toHaveValue(/retakan sudah terlihat sejak bulan lalu\.$/);
    await expect(body).not.toHaveValue(/Baca juga|Harga Beras/);

    const title = `Wali Kota Contoh Bantah Jembatan Retak ${Date.now()}`;
    await page.getByLabel('Headline').fill(title);
    await page.getByLabel('Published').fill('not a date');
    await page.getByRole('button', { name: 'Save article' }).click();
    await expect(page.getByText("Use a date like 2020-10-01T15:32:00+07:00 (with the source's UTC offset).")).toBeVisible();
    await expect(page.getByLabel('Headline')).toHaveValue(title);
    await page.getByLabel('Published').fill('2026-02-02T10:05:00+08:00');
    await page.getByRole('button', { name: 'Save article' }).click();
    await expect(page.getByRole('heading', { name: title })).toBeVisible();
    await expect(page.getByTestId('article-byline')).toContainText('2 February 2026, 10:05 WITA');
    const [saved] = await sql<{ rawInput: string; body: string }>('SELECT "rawInput", body FROM "Article" WHERE title = $1', [title]);
    expect(saved?.rawInput).toBe(PASTED);
    expect(saved?.body.startsWith('KOTAUJI, WARTA UJI - Jembatan Merah')).toBe(true);
  });

  test('an uploaded file that is not text is refused with a clear message', async ({ page }) => {
    await chooseUpload(page, { name: 'scan.txt', mimeType: 'text/plain', buffer: Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3]) });
    await page.getByRole('button', { name: 'Preview' }).click();
    await expect(page.locator('form [role="alert"]')).toBeVisible();
    await expect(page.getByLabel('Headline')).toHaveCount(0);
  });
});

test.describe('the claim workspace', () => {
  test('selecting words makes a claim, and a correction keeps every claim on its words', async ({ page }) => {
    // Three claims and two corrections in one browser: longer than the default 30 s under load.
    test.setTimeout(90_000);
    await loginAs(page, 'editor');
    const title = `Jembatan Merah ${Date.now()}`;
    await importArticle(page, PASTED, title);

    // A part of a sentence, by mouse selection, adjusted by a word.
    await selectInBody(page, 'jembatan itu ditutup untuk pemeriksaan rutin');
    await expect(page.getByTestId('claim-quote')).toHaveText('jembatan itu ditutup untuk pemeriksaan rutin');
    await page.getByRole('button', { name: 'Move the end of the quote one word forward' }).click();
    await expect(page.getByTestId('claim-quote')).toHaveText('jembatan itu ditutup untuk pemeriksaan rutin selama');
    await page.getByLabel('Source (who said it)').fill('Dinas Pekerjaan Umum Kotauji');
    await page.getByLabel('Kind of the new source').selectOption('GOVERNMENT');
    await page.getByLabel('Cue (the attribution words)').fill('mengatakan');
    await page.getByLabel('Statement (the checkable claim, in your words)').fill('Jembatan Merah ditutup untuk pemeriksaan rutin.');
    await page.getByRole('button', { name: 'Save claim' }).click();
    await expect(page.getByTestId('claim-card')).toHaveCount(1);

    // A denial.
    await selectInBody(page, 'jembatan itu retak');
    await page.getByLabel('Source (who said it)').fill('Budi Santosa');
    await page.getByLabel('Kind of the new source').selectOption('PERSON');
    await page.getByLabel('Cue (the attribution words)').fill('membantah');
    await page.getByLabel('Denies').check();
    await page.getByRole('button', { name: 'Save claim' }).click();
    await expect(page.getByTestId('claim-card')).toHaveCount(2);

    // By keyboard: focus the last paragraph, Enter picks it, then narrow the start word by word.
    const paragraph = page.locator('[data-testid="article-body"] p').filter({ hasText: 'Menurut warga sekitar' });
    await paragraph.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('claim-quote')).toHaveText('Menurut warga sekitar, retakan sudah terlihat sejak bulan lalu.');
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Move the start of the quote one word forward' }).click();
    await expect(page.getByTestId('claim-quote')).toHaveText('retakan sudah terlihat sejak bulan lalu.');
    await page.getByLabel('Source (who said it)').fill('Warga sekitar Jembatan Merah');
    await page.getByRole('button', { name: 'Save claim' }).click();
    await expect(page.getByTestId('claim-card')).toHaveCount(3);

    // Correct a typo before the claims and insert a paragraph: every claim follows its words.
    await page.getByRole('link', { name: 'Correct the text' }).click();
    await expect(page.getByRole('heading', { name: 'Correct the article' })).toBeVisible();
    const body = page.getByLabel('Article text');
    const text = await body.inputValue();
    await body.fill(
      text
        .replace('Jembatan Merah di Kotauji', 'Jembatan Merah di Kota Uji')
        .replace('Menurut warga', 'Polisi menutup jalan di sekitarnya.\n\nMenurut warga'),
    );
    await page.getByRole('button', { name: 'Save corrections' }).click();
    await expect(page.getByText(/3 claims followed their words to a new place/)).toBeVisible();
    await page.getByRole('link', { name: 'Back to the workspace' }).first().click();
    const quotes = await sql<{ quoteText: string; quoteStart: number; quoteEnd: number; body: string }>(
      'SELECT t."quoteText", t."quoteStart", t."quoteEnd", a.body FROM "Attribution" t JOIN "Article" a ON a.id = t."articleId" WHERE a.title = $1 ORDER BY t."quoteStart"',
      [title],
    );
    expect(quotes.map((q) => q.quoteText)).toEqual([
      'jembatan itu ditutup untuk pemeriksaan rutin selama',
      'jembatan itu retak',
      'retakan sudah terlihat sejak bulan lalu.',
    ]);
    for (const q of quotes) expect(q.body.slice(q.quoteStart, q.quoteEnd)).toBe(q.quoteText);
    await expect(page.locator('[data-claims]')).toHaveCount(3);

    // Remove the words of one claim: it is flagged, not moved.
    await page.getByRole('link', { name: 'Correct the text' }).click();
    await expect(page.getByRole('heading', { name: 'Correct the article' })).toBeVisible();
    const corrected = await page.getByLabel('Article text').inputValue();
    await page
      .getByLabel('Article text')
      .fill(corrected.replace('Menurut warga sekitar, retakan sudah terlihat sejak bulan lalu.', 'Warga belum memberi keterangan.'));
    await page.getByRole('button', { name: 'Save corrections' }).click();
    await expect(page.getByText(/1 claim could not be found and needs attention/)).toBeVisible();
    await page.getByRole('link', { name: 'Back to the workspace' }).first().click();
    await expect(page.getByText('Needs attention: quote not found after a correction')).toHaveCount(1);
    await expect(page.locator('[data-claims]')).toHaveCount(2);
  });

  test('deleting a claim asks first and leaves an audit event', async ({ page }) => {
    await loginAs(page, 'editor2');
    await page.goto('/desk/articles');
    await page.getByRole('link', { name: /Banjir Bandang Terjang Kabupaten Sukamaju/ }).click();
    const card = page.getByTestId('claim-card').filter({ hasText: 'Dua orang hilang' });
    const claimId = await card.getAttribute('data-claim-id');
    await card.getByRole('button', { name: 'Delete' }).click();
    await card.getByRole('button', { name: 'Cancel' }).click();
    await expect(card).toBeVisible();
    await card.getByRole('button', { name: 'Delete' }).click();
    await card.getByRole('button', { name: 'Yes, delete' }).click();
    await expect(page.getByTestId('claim-card').filter({ hasText: 'Dua orang hilang' })).toHaveCount(0);
    const events = await sql<{ kind: string }>('SELECT kind FROM "ClaimEvent" WHERE "claimId" = $1 ORDER BY at', [claimId]);
    expect(events.map((e) => e.kind)).toEqual(['CREATED', 'DELETED']);
  });

  test('a viewer sees the workspace read-only', async ({ page }) => {
    await loginAs(page, 'viewer');
    await page.goto('/desk/articles');
    await page.getByRole('link', { name: /Banjir Bandang Terjang Kabupaten Sukamaju/ }).click();
    await expect(page.getByTestId('claim-card').first()).toBeVisible();
    await selectInBody(page, 'Hendra berjanji');
    await expect(page.getByTestId('claim-quote')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Edit' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Correct the text' })).toHaveCount(0);
  });
});

test.describe('a long article in the workspace', () => {
  test.use(signedInAs('editor'));

  test('lists its claims a page at a time, reveals any claim from the text, and looks sources up as they are typed', async ({ page }) => {
    test.setTimeout(90_000);
    const tag = uniqueTag();
    const paragraphs = Array.from({ length: 45 }, (_, i) => `Kalimat nomor ${i} ${tag} diucapkan pejabat.`);
    // Long paragraphs: the server renders the opening ones only, the browser draws the rest.
    const filler = ' Wartawan mencatat pernyataan itu di kantor dinas, disaksikan warga dan petugas.'.repeat(3);
    const article = await createArticle({ title: `Artikel panjang ${tag}`, body: paragraphs.map((p) => p + filler).join('\n\n') });
    const source = await createSource(`Badan Pusat Uji ${tag}`, 'GOVERNMENT', [`BPU ${tag}`]);
    for (const [i, words] of paragraphs.entries()) {
      await createClaim({ articleId: article.id, quote: words, summary: `Klaim ${i} ${tag}`, sourceId: source.id });
    }
    await page.goto(`/desk/articles/${article.id}`);
    await expect(page.getByRole('heading', { name: 'Claims (45)' })).toBeVisible();
    await expect(page.getByTestId('claim-card')).toHaveCount(30);
    // Every claim is highlighted in the text, listed or not (the last ones drawn in the browser).
    await expect(page.locator('[data-claims]')).toHaveCount(45);

    // A claim beyond the first page, activated in the text: its card is fetched and shown.
    await page.locator('[data-testid="article-body"] span', { hasText: `Kalimat nomor 40 ${tag}` }).click();
    const card40 = page.getByTestId('claim-card').filter({ hasText: `Klaim 40 ${tag}` });
    await expect(card40).toBeVisible();
    await expect(card40).toHaveClass(/ring-sky-600/);
    await expect(page.getByTestId('claim-card')).toHaveCount(45);
    await expect(page.getByText('Show more claims')).toHaveCount(0);

    // The source field asks the desk: an alias finds the existing source, other words a new one.
    await page
      .getByTestId('claim-card')
      .filter({ hasText: `Klaim 0 ${tag}` })
      .getByRole('button', { name: 'Edit' })
      .click();
    const sourceField = page.getByLabel('Source (who said it)');
    await expect(sourceField).toHaveValue(`Badan Pusat Uji ${tag}`);
    await expect(page.getByText(`Existing source: Badan Pusat Uji ${tag}`)).toBeVisible();
    await sourceField.fill(`bpu ${tag}`);
    await expect(page.getByText(`Existing source: Badan Pusat Uji ${tag}`)).toBeVisible();
    await expect(page.getByLabel('Kind of the new source')).toHaveCount(0);
    await sourceField.fill(`Sumber baru ${tag}`);
    await expect(page.getByText('A new source will be created.')).toBeVisible();
    await expect(page.getByLabel('Kind of the new source')).toBeVisible();
  });

  test('"Show more claims" adds the next page, and the page starts with one page of cards', async ({ page }) => {
    const tag = uniqueTag();
    const paragraphs = Array.from({ length: 35 }, (_, i) => `Pernyataan ${i} ${tag} disampaikan.`);
    const article = await createArticle({ title: `Artikel ${tag}`, body: paragraphs.join('\n\n') });
    for (const [i, words] of paragraphs.entries()) await createClaim({ articleId: article.id, quote: words, summary: `Butir ${i} ${tag}` });
    await page.goto(`/desk/articles/${article.id}`);
    await expect(page.getByText('Showing 30 of 35 claims.')).toBeVisible();
    await page.getByRole('link', { name: 'Show more claims' }).click();
    await expect(page.getByTestId('claim-card')).toHaveCount(35);
    await expect(page).toHaveURL(/\?claims=60$/);
  });
});
