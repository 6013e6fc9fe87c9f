// Issue 15's walk, logged out: from a verdict page to the methodology (at its rating), corrections
// and about pages; a tip and an error report sent without an account land in the desk inbox; an
// editor links the error report to the correction that followed, which /corrections lists.
import { createArticleWithClaim, createSource, uniqueTag } from './factories';
import { approveAndPublish } from './steps';
import { expect, test, USERS } from './fixtures';

async function publishedClaim() {
  const tag = uniqueTag();
  const source = await createSource(`Dinas Jalan ${tag}`, 'GOVERNMENT');
  const { claim } = await createArticleWithClaim(
    { title: `Jalan baru ${tag}`, body: `SUKAMAJU - Dinas menyebut ${tag} jalan baru selesai 90 persen.`, language: 'en' },
    {
      quote: `${tag} jalan baru selesai 90 persen`,
      summary: `Roads ${tag} are 90 percent finished`,
      sourceId: source.id,
      status: 'FALSE',
      explanation: 'The works report says 60 percent.',
      evidence: [{ url: 'https://dinas.example/report', title: 'Works report', relation: 'REFUTES' }],
      publication: 'PUBLISHED',
    },
  );
  return { claim, tag };
}

test('a reader walks the trust pages, sends a tip and an error report; the desk links the report to a correction', async ({
  page,
  openAs,
}) => {
  test.setTimeout(120_000);
  const { claim, tag } = await publishedClaim();
  await page.goto(`/en/claims/${claim.id}`);
  await expect(page.getByTestId('claim-summary')).toHaveText(claim.summary);

  // The rating links to its definition on the methodology page.
  await page.getByTestId('rating-link').click();
  await expect(page).toHaveURL(/\/en\/methodology#verdict-false$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How we check claims');
  await expect(page.getByTestId('rating-FALSE')).toHaveText('Rating 1 of 5');
  await expect(page.getByTestId('methodology-text')).toContainText('How claims are chosen');

  const footer = page.getByTestId('site-footer');
  await footer.getByRole('link', { name: 'Corrections' }).click();
  await expect(page).toHaveURL(/\/en\/corrections$/);
  await expect(page.getByTestId('corrections-policy')).toContainText('we correct it openly');
  await footer.getByRole('link', { name: 'About us' }).click();
  await expect(page).toHaveURL(/\/en\/about$/);
  await expect(page.getByTestId('contact-email')).toHaveText('desk@cekfakta-sukamaju.example');
  await expect(page.getByTestId('funding-text')).toBeVisible();

  // An error report from the verdict page; markup in it stays text.
  await page.goto(`/en/claims/${claim.id}`);
  const errorForm = page.getByTestId('error-form');
  const errorText = `Report ${tag}: <b>the figure</b> was 60 percent`;
  await errorForm.getByLabel('Your message').fill(errorText);
  await errorForm.getByRole('button', { name: 'Send' }).click();
  await expect(errorForm.getByRole('status')).toHaveText('Thank you: your message has reached the desk.');

  // A tip from the index; an empty one is refused first.
  await page.goto('/en');
  const tipForm = page.getByTestId('tip-form');
  await tipForm.getByLabel('Your message').fill('   ');
  await tipForm.getByRole('button', { name: 'Send' }).click();
  await expect(tipForm.getByRole('alert')).toContainText('Write your message.');
  await tipForm.getByLabel('Your message').fill(`Tip ${tag}: the mayor said every school has water`);
  await tipForm.getByLabel(/Your email/).fill('reader@example.org');
  await tipForm.getByRole('button', { name: 'Send' }).click();
  await expect(tipForm.getByRole('status')).toHaveText('Thank you: your message has reached the desk.');

  // Both land in the inbox, counted on the desk home.
  const editor = await openAs('editor', '/desk');
  await expect(editor.getByTestId('open-reports')).toContainText('open reader message');
  await editor.getByTestId('open-reports').click();
  const tip = editor.getByTestId('inbox-report').filter({ hasText: `Tip ${tag}` });
  await expect(tip).toContainText('reader@example.org');
  const report = editor.getByTestId('inbox-report').filter({ hasText: `Report ${tag}` });
  await expect(report.getByTestId('report-text')).toHaveText(errorText);
  await expect(report.locator('b')).toHaveCount(0);

  // The correction that followed: the editor corrects the verdict, a second editor approves it.
  const why = `Figure fixed after a reader ${tag}`;
  const desk = await openAs('editor', `/desk/claims/${claim.id}`);
  await desk.getByText('Correct the published verdict').click();
  await desk.getByLabel('Explanation', { exact: true }).fill('The works report, read again, says 60 percent of the roads are finished.');
  await desk.getByLabel('Why is the published verdict changing?').fill(why);
  await desk.getByRole('button', { name: 'Save correction' }).click();
  await expect(desk.getByTestId('publication-state')).toContainText('review');
  const reviewer = await openAs('editor2', `/desk/claims/${claim.id}`);
  await approveAndPublish(reviewer, USERS.editor2.name);
  await editor.reload();
  const option = report.locator('option', { hasText: why });
  await report.getByLabel('The correction that followed').selectOption((await option.getAttribute('value')) ?? '');
  await report.getByRole('button', { name: 'Link' }).click();
  await expect(report.getByTestId('report-status')).toHaveText('Linked');
  await expect(report.getByTestId('report-correction')).toContainText(`Figure fixed after a reader ${tag}`);

  await page.goto('/en/corrections');
  const listed = page
    .getByTestId('corrections-list')
    .getByRole('listitem')
    .filter({ hasText: `Figure fixed after a reader ${tag}` });
  await expect(listed.getByRole('link', { name: claim.summary })).toHaveAttribute('href', new RegExp(`/en/claims/${claim.id}/`));
});

test('/claims.json shows in the browser, ?download=1 and /claims.csv download', async ({ request }) => {
  const inline = await request.get('/claims.json');
  expect(inline.headers()['content-type']).toContain('application/json');
  expect(inline.headers()['content-disposition']).toBeUndefined();
  expect((await request.get('/claims.json?download=1')).headers()['content-disposition']).toContain('attachment');
  expect((await request.get('/claims.csv')).headers()['content-disposition']).toContain('attachment');
  expect((await request.get('/claims.json?download=maybe')).status()).toBe(400);
});
