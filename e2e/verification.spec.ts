import { createArticleWithClaim } from './factories';
import { expect, sql, test } from './fixtures';
import { addEvidence, approveAndPublish, evidenceForm, saveVerdict, submitForReview, verdictForm } from './steps';

const BODY =
  'Wali Kota Contoh mengatakan jembatan itu aman.\n\nMenurut warga, retakan sudah terlihat sejak bulan lalu dan tidak pernah diperbaiki.';
const QUOTE = 'retakan sudah terlihat sejak bulan lalu';

/** A fresh article with one claim (made by editor@example.org), so tests never share a claim. */
async function createClaim(label: string): Promise<{ id: string; summary: string }> {
  const summary = `${label} ${Date.now()}: retakan terlihat sejak bulan lalu.`;
  const { claim } = await createArticleWithClaim({ title: `Jembatan ${label} ${Date.now()}`, body: BODY }, { quote: QUOTE, summary });
  return claim;
}

test.describe('verifying a claim', () => {
  // Two or three signed-in browsers per test: more than the default 30 s on a busy 2-core machine.
  test.describe.configure({ timeout: 90_000 });

  test('an editor rates a claim FALSE with evidence and submits it; only a second editor can approve it', async ({ openAs }) => {
    const claim = await createClaim('Review');
    const editor = await openAs('editor', `/desk/claims/${claim.id}`);
    await expect(editor.getByTestId('quote-in-context')).toContainText(`Menurut warga, ${QUOTE}`);
    await expect(editor.getByRole('button', { name: 'Submit for review' })).toBeDisabled();

    await saveVerdict(
      editor,
      'FALSE',
      'Inspection records show the cracks were reported in March.\n\nSee https://example.org/inspection for the file. javascript:alert(1) is not a link.',
    );
    const link = editor.getByTestId('explanation').getByRole('link', { name: 'https://example.org/inspection' });
    await expect(link).toHaveAttribute('rel', 'nofollow noopener noreferrer');
    await expect(editor.getByTestId('explanation').getByRole('link')).toHaveCount(1);

    const evidence = evidenceForm(editor);
    await evidence.getByLabel('Web address').fill('javascript:alert(1)');
    await evidence.getByLabel('Title').fill('Inspection file');
    await evidence.getByRole('button', { name: 'Add evidence' }).click();
    await expect(evidence.getByText('Use a full web address starting with http:// or https://.').first()).toBeVisible();
    await expect(evidence.getByLabel('Title')).toHaveValue('Inspection file');
    await addEvidence(editor, { url: 'https://example.org/inspection', title: 'Inspection file', relation: 'Refutes the claim' });

    await submitForReview(editor);
    await expect(editor.getByTestId('cannot-approve')).toHaveText(
      'You set this verdict, so you cannot approve it: another editor must review it.',
    );
    await expect(editor.getByRole('button', { name: 'Approve and publish' })).toHaveCount(0);

    const reviewer = await openAs('editor2', `/desk/claims/${claim.id}`);
    await reviewer.goto('/desk');
    await reviewer.getByTestId('waiting-for-my-review').getByRole('link', { name: claim.summary }).click();
    await approveAndPublish(reviewer, 'Dewi Editor');
    const history = reviewer.getByTestId('history');
    await expect(history.getByText('submitted it for review')).toBeVisible();
    await expect(history.getByText('approved and published it')).toBeVisible();
    await expect(history.locator('[data-kind="SUBMITTED"]')).toContainText('Eko Editor');
    await expect(history.locator('[data-kind="APPROVED"]')).toContainText('Dewi Editor');

    const rows = await sql<{ publication: string; status: string }>('SELECT publication, status FROM "Claim" WHERE id = $1', [claim.id]);
    expect(rows[0]).toEqual({ publication: 'PUBLISHED', status: 'FALSE' });
  });

  test('two editors saving the same claim: one conflict message, nothing lost', async ({ openAs }) => {
    const claim = await createClaim('Conflict');
    const first = await openAs('editor', `/desk/claims/${claim.id}`);
    const second = await openAs('editor2', `/desk/claims/${claim.id}`);
    const firstForm = verdictForm(first);
    const secondForm = verdictForm(second);
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

    const [row] = await sql<{ explanation: string; status: string; version: number }>(
      'SELECT explanation, status, version FROM "Claim" WHERE id = $1',
      [claim.id],
    );
    expect(row).toEqual({ explanation: 'First editor: the report contradicts the mayor.', status: 'UNSTARTED', version: 2 });
  });

  test('a viewer sees the claim page read-only', async ({ openAs }) => {
    const claim = await createClaim('Viewer');
    const viewer = await openAs('viewer', `/desk/claims/${claim.id}`);
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
