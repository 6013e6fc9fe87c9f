// "Has this been checked before?": a second article, fictional and written for this test, repeats a
// claim that is already published. The workspace says so, one click links the repeat to the claim,
// and once a second editor approves the new appearance, readers see it on the verdict page and in
// its ClaimReview.
import { createArticle, createArticleWithClaim, uniqueTag } from './factories';
import { expect, sql, test, USERS } from './fixtures';
import { approveAndPublish } from './steps';

test.describe('a claim checked before', () => {
  test.describe.configure({ timeout: 120_000 });

  test('is offered for the repeat, linked with one click, and the new appearance reaches readers after review', async ({
    openAs,
    page,
  }) => {
    const tag = uniqueTag();
    const words = `bendungan Waduk Sarimbun ${tag} retak sejak banjir besar`;
    const firstUrl = `https://warta-uji.example/${tag}/pertama`;
    const secondUrl = `https://kabar-contoh.example/${tag}/kedua`;
    const { claim } = await createArticleWithClaim(
      { title: `Waduk Sarimbun ${tag}`, body: `Gubernur Zolvania mengatakan ${words}.`, url: firstUrl, publisher: 'Warta Uji' },
      {
        quote: words,
        summary: `Bendungan Waduk Sarimbun ${tag} retak sejak banjir`,
        status: 'FALSE',
        publication: 'PUBLISHED',
        evidence: [{ url: 'https://data.example/inspeksi', title: 'Laporan inspeksi', relation: 'REFUTES' }],
      },
    );
    await sql(`UPDATE "Claim" SET explanation = 'Inspeksi bulan lalu tidak menemukan retakan.' WHERE id = $1`, [claim.id]);
    const repeat = await createArticle({
      title: `Warga Sarimbun ${tag}`,
      body: `Menurut Kepala Desa Sugih, ${words} pada Selasa.`,
      url: secondUrl,
      publisher: 'Kabar Contoh',
    });

    const editor = await openAs('editor', `/desk/articles/${repeat.id}`);
    await editor.getByRole('button', { name: 'Suggest claims' }).click();
    const suggestion = editor.getByTestId('suggestion-card').filter({ has: editor.getByTestId('suggestion-checked-before') });
    await expect(suggestion.getByTestId('suggestion-checked-before')).toContainText(`Checked before (False): ${claim.summary}`);
    await suggestion.getByRole('button', { name: 'Add to this claim' }).click();
    const card = editor.getByTestId('claim-card');
    await expect(card).toHaveCount(1);
    await expect(card).toHaveAttribute('data-claim-id', claim.id);
    await expect(card.getByTestId('claim-other-places')).toHaveText('also said in 1 other place');

    // Readers still see the approved page: one appearance, until a second editor approves the new one.
    const [row] = await sql<{ publication: string; places: number }>(
      `SELECT c.publication::text AS publication, jsonb_array_length(c."publicSnapshot"->'attributions') AS places FROM "Claim" c WHERE c.id = $1`,
      [claim.id],
    );
    expect(row).toEqual({ publication: 'IN_REVIEW', places: 1 });

    const reviewer = await openAs('editor2', `/desk/claims/${claim.id}`);
    await expect(reviewer.getByTestId('claim-place')).toHaveCount(2);
    await approveAndPublish(reviewer, USERS.editor2.name);

    // A reader, signed out: the verdict page (the approval expired its cache) lists both places.
    await page.goto(`/id/claims/${claim.id}`);
    await expect(page.getByTestId('attribution')).toHaveCount(2);
    const [markup] = await page.locator('script[type="application/ld+json"]').allTextContents();
    const review = JSON.parse(markup ?? '{}') as { itemReviewed: { appearance: { url: string }[]; firstAppearance: { url: string } } };
    expect(review.itemReviewed.appearance.map((a) => a.url).sort()).toEqual([firstUrl, secondUrl].sort());
  });
});
