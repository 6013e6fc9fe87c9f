// Teamwork on the desk: an editor mentions editor2 in a claim's discussion, editor2 sees the unread
// count, opens the notification and lands on the comment; a submission reaches the reviewer's inbox.
import { createArticleWithClaim } from './factories';
import { expect, test, USERS } from './fixtures';
import { addEvidence, saveVerdict, submitForReview } from './steps';

const BODY = 'Menteri Contoh mengatakan bendungan itu diperiksa setiap tahun.\n\nWarga menyebut pemeriksaan terakhir pada 2019.';
const QUOTE = 'bendungan itu diperiksa setiap tahun';

async function freshClaim(label: string) {
  const summary = `${label} ${Date.now()}: bendungan diperiksa setiap tahun.`;
  const { claim } = await createArticleWithClaim({ title: `Bendungan ${label} ${Date.now()}`, body: BODY }, { quote: QUOTE, summary });
  return claim;
}

test.describe('discussion and notifications', () => {
  test.describe.configure({ timeout: 90_000 });

  test('a mention reaches editor2, who opens it and lands on the comment', async ({ openAs }) => {
    const claim = await freshClaim('Mention');
    const editor = await openAs('editor', `/desk/claims/${claim.id}`);
    const box = editor.getByTestId('new-comment').getByRole('textbox');
    await box.fill('The figure is from 2019, <b>call them</b> ');
    await box.press('End');
    await box.pressSequentially('@editor2'.slice(0, 5));
    const option = editor.getByRole('option', { name: /@editor2/ });
    await expect(option).toBeVisible();
    await option.click();
    await expect(box).toHaveValue('The figure is from 2019, <b>call them</b> @editor2 ');
    await box.pressSequentially('please check.');
    await editor.getByRole('button', { name: 'Post comment' }).click();
    const comment = editor.getByTestId('comment').filter({ hasText: 'please check.' });
    await expect(comment).toBeVisible();
    // HTML in a comment is shown as text.
    await expect(comment.getByTestId('comment-body')).toContainText('<b>call them</b>');

    const reviewer = await openAs('editor2', '/desk');
    await expect(reviewer.getByTestId('unread-count')).toBeVisible();
    await reviewer.getByTestId('notification-bell').click();
    const entry = reviewer
      .getByTestId('notification')
      .filter({ hasText: `${USERS.editor.name} mentioned you` })
      .filter({ hasText: claim.summary });
    await expect(entry).toHaveAttribute('data-unread', 'true');
    await entry.getByRole('button', { name: 'Open' }).click();
    await expect(reviewer).toHaveURL(new RegExp(`/desk/claims/${claim.id}#comment-`));
    const landed = reviewer.locator(`[id="${new URL(reviewer.url()).hash.slice(1)}"]`);
    await expect(landed).toContainText('please check.');
    await expect(landed).toBeInViewport();
    await reviewer.goto('/desk/notifications');
    await expect(
      reviewer
        .getByTestId('notification')
        .filter({ hasText: `${USERS.editor.name} mentioned you` })
        .filter({ hasText: claim.summary }),
    ).not.toHaveAttribute('data-unread', 'true');
  });

  test('submitting for review reaches the reviewer’s inbox', async ({ openAs }) => {
    const claim = await freshClaim('Submit');
    const editor = await openAs('editor', `/desk/claims/${claim.id}`);
    await saveVerdict(editor, 'FALSE', 'Inspection records show the last check in 2019. See https://example.org/dam for the file.');
    await addEvidence(editor, { url: 'https://example.org/dam', title: 'Inspection file', relation: 'Refutes the claim' });
    await submitForReview(editor);
    const reviewer = await openAs('editor2', '/desk/notifications');
    await expect(
      reviewer
        .getByTestId('notification')
        .filter({ hasText: `${USERS.editor.name} submitted` })
        .filter({ hasText: claim.summary }),
    ).toBeVisible();
  });
});
