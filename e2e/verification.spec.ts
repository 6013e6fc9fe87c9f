import { randomBytes } from 'node:crypto';
import type { Browser, Page } from '@playwright/test';
import { expect, loginAs, sql, test, type DemoUser } from './fixtures';

const BODY = 'Wali Kota Contoh mengatakan jembatan itu aman.\n\nMenurut warga, retakan sudah terlihat sejak bulan lalu dan tidak pernah diperbaiki.';
const QUOTE = 'retakan sudah terlihat sejak bulan lalu';

/** A fresh article with one claim (made by editor@example.org), so tests never share a claim. */
async function createClaim(label: string): Promise<{ id: string; summary: string }> {
  const id = (prefix: string) => `${prefix}${randomBytes(10).toString('hex')}`;
  const [editor] = await sql<{ id: string }>('SELECT id FROM "User" WHERE email = $1', ['editor@example.org']);
  const articleId = id('e2ea');
  const claimId = id('e2ec');
  const summary = `${label} ${Date.now()}: retakan terlihat sejak bulan lalu.`;
  await sql('INSERT INTO "Article" (id, title, body, "rawInput", "createdById", "updatedAt") VALUES ($1, $2, $3, $3, $4, now())', [articleId, `Jembatan ${label} ${Date.now()}`, BODY, editor?.id]);
  const start = BODY.indexOf(QUOTE);
  await sql(
    'INSERT INTO "Claim" (id, "articleId", "quoteStart", "quoteEnd", "quoteText", summary, "createdById", "updatedAt") VALUES ($1, $2, $3, $4, $5, $6, $7, now())',
    [claimId, articleId, start, start + QUOTE.length, QUOTE, summary, editor?.id],
  );
  return { id: claimId, summary };
}

async function openAs(browser: Browser, user: DemoUser, claimId: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await loginAs(page, user);
  await page.goto(`/desk/claims/${claimId}`);
  return page;
}

test.describe('verifying a claim', () => {
  test('an editor rates a claim FALSE with evidence and submits it; only a second editor can approve it', async ({ browser }) => {
    const claim = await createClaim('Review');
    const editor = await openAs(browser, 'editor', claim.id);
    await expect(editor.getByTestId('quote-in-context')).toContainText(`Menurut warga, ${QUOTE}`);
    await expect(editor.getByRole('button', { name: 'Submit for review' })).toBeDisabled();

    const form = editor.getByRole('form', { name: 'Verdict and explanation' });
    await form.getByLabel('Status').selectOption('FALSE');
    await form.getByLabel('Explanation').fill('Inspection records show the cracks were reported in March.\n\nSee https://example.org/inspection for the file. javascript:alert(1) is not a link.');
    await form.getByRole('button', { name: 'Save verdict and explanation' }).click();
    await expect(form.getByText('Saved.')).toBeVisible();
    const link = editor.getByTestId('explanation').getByRole('link', { name: 'https://example.org/inspection' });
    await expect(link).toHaveAttribute('rel', 'nofollow noopener noreferrer');
    await expect(editor.getByTestId('explanation').getByRole('link')).toHaveCount(1);

    const evidence = editor.getByRole('form', { name: 'Add evidence' });
    await evidence.getByLabel('Web address').fill('javascript:alert(1)');
    await evidence.getByLabel('Title').fill('Inspection file');
    await evidence.getByRole('button', { name: 'Add evidence' }).click();
    await expect(evidence.getByText('Use a full web address starting with http:// or https://.').first()).toBeVisible();
    await expect(evidence.getByLabel('Title')).toHaveValue('Inspection file');
    await evidence.getByLabel('Web address').fill('https://example.org/inspection');
    await evidence.getByLabel('Refutes the claim').check();
    await evidence.getByRole('button', { name: 'Add evidence' }).click();
    await expect(editor.getByTestId('evidence-item')).toHaveCount(1);

    await editor.getByRole('button', { name: 'Submit for review' }).click();
    await expect(editor.getByTestId('publication-state')).toHaveText('In review: waiting for a second editor.');
    await expect(editor.getByTestId('cannot-approve')).toHaveText('You set this verdict, so you cannot approve it: another editor must review it.');
    await expect(editor.getByRole('button', { name: 'Approve and publish' })).toHaveCount(0);

    const reviewer = await openAs(browser, 'editor2', claim.id);
    await reviewer.goto('/desk');
    await reviewer.getByTestId('waiting-for-my-review').getByRole('link', { name: claim.summary }).click();
    await reviewer.getByRole('button', { name: 'Approve and publish' }).click();
    await expect(reviewer.getByTestId('publication-state')).toContainText('approved by Dewi Editor');
    const history = reviewer.getByTestId('history');
    await expect(history.getByText('submitted it for review')).toBeVisible();
    await expect(history.getByText('approved and published it')).toBeVisible();
    await expect(history.locator('[data-kind="SUBMITTED"]')).toContainText('Eko Editor');
    await expect(history.locator('[data-kind="APPROVED"]')).toContainText('Dewi Editor');

    const rows = await sql<{ publication: string; status: string }>('SELECT publication, status FROM "Claim" WHERE id = $1', [claim.id]);
    expect(rows[0]).toEqual({ publication: 'PUBLISHED', status: 'FALSE' });
  });

  test('two editors saving the same claim: one conflict message, nothing lost', async ({ browser }) => {
    const claim = await createClaim('Conflict');
    const first = await openAs(browser, 'editor', claim.id);
    const second = await openAs(browser, 'editor2', claim.id);
    const firstForm = first.getByRole('form', { name: 'Verdict and explanation' });
    const secondForm = second.getByRole('form', { name: 'Verdict and explanation' });
    await firstForm.getByLabel('Explanation').fill('First editor: the report contradicts the mayor.');
    await secondForm.getByLabel('Status').selectOption('MISLEADING');
    await secondForm.getByLabel('Explanation').fill('Second editor: typed at the same time.');

    await firstForm.getByRole('button', { name: 'Save verdict and explanation' }).click();
    await expect(firstForm.getByText('Saved.')).toBeVisible();
    await secondForm.getByRole('button', { name: 'Save verdict and explanation' }).click();
    const conflict = second.getByRole('alert').filter({ hasText: 'Someone else changed this claim after you opened it' });
    await expect(conflict).toHaveCount(1);
    await expect(conflict).toContainText('Eko Editor changed the explanation');
    await expect(secondForm.getByLabel('Explanation')).toHaveValue('Second editor: typed at the same time.');
    await expect(secondForm.getByLabel('Status')).toHaveValue('MISLEADING');
    await expect(first.getByText('Someone else changed this claim')).toHaveCount(0);

    const [row] = await sql<{ explanation: string; status: string; version: number }>('SELECT explanation, status, version FROM "Claim" WHERE id = $1', [claim.id]);
    expect(row).toEqual({ explanation: 'First editor: the report contradicts the mayor.', status: 'UNSTARTED', version: 2 });
  });

  test('a viewer sees the claim page read-only', async ({ browser }) => {
    const claim = await createClaim('Viewer');
    const viewer = await openAs(browser, 'viewer', claim.id);
    await expect(viewer.getByRole('heading', { name: claim.summary })).toBeVisible();
    await expect(viewer.getByRole('heading', { name: 'History' })).toBeVisible();
    await expect(viewer.getByTestId('publication-state')).toHaveText('Draft: only the desk sees it.');
    await expect(viewer.getByRole('form')).toHaveCount(0);
    await expect(viewer.getByRole('button', { name: /Submit|Approve|Save|Assign|Add evidence/ })).toHaveCount(0);
  });

  test('nobody logged out sees a claim page', async ({ page }) => {
    const claim = await createClaim('Anonymous');
    await page.goto(`/desk/claims/${claim.id}`);
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByText(claim.summary)).toHaveCount(0);
  });
});
