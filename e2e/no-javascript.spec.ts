// The desk's forms are plain HTML forms first: with JavaScript off (or blocked) the browser posts the
// form, the server runs the action and answers with the page and the outcome. A form whose action
// was bound to its record while rendering never got that answer (the page hung after the save), so
// these post real forms from a browser without JavaScript and wait for the page that comes back.
import { storageStatePath } from './users';
import { createArticleWithClaim, uniqueTag } from './factories';
import { expect, sql, test } from './fixtures';

test.use({ javaScriptEnabled: false, storageState: storageStatePath('editor') });
// A whole page comes back after each post: allow a busy 2-core machine its time.
test.describe.configure({ timeout: 90_000 });
const ANSWER = { timeout: 30_000 };

async function createClaim(label: string) {
  const tag = uniqueTag();
  const quote = `jembatan ${label} ${tag} retak sejak bulan lalu`;
  const { claim } = await createArticleWithClaim(
    { title: `Tanpa JavaScript ${label} ${tag}`, body: `Warga mengatakan ${quote}.` },
    { quote, summary: `Jembatan ${label} ${tag} retak sejak bulan lalu` },
  );
  return claim;
}

test('an editor saves a verdict and explanation without JavaScript and sees the new version', async ({ page }) => {
  const claim = await createClaim('verdict');
  await page.goto(`/desk/claims/${claim.id}`);
  const form = page.getByRole('form', { name: 'Verdict and explanation' });
  await form.getByLabel('Status').selectOption('FALSE');
  await form.getByLabel('Explanation').fill('Inspection records show the cracks were reported in March.');
  await form.getByRole('button', { name: 'Save verdict and explanation' }).click();

  await expect(page.getByRole('form', { name: 'Verdict and explanation' }).getByText('Saved.')).toBeVisible(ANSWER);
  await expect(page.getByText('· version 2')).toBeVisible();
  await expect(page.getByRole('form', { name: 'Verdict and explanation' }).getByLabel('Explanation')).toHaveValue(
    'Inspection records show the cracks were reported in March.',
  );
  const [saved] = await sql<{ status: string; version: number }>('SELECT status, version FROM "Claim" WHERE id = $1', [claim.id]);
  expect(saved).toEqual({ status: 'FALSE', version: 2 });
});

test('an editor assigns a claim without JavaScript, and a post that changes nothing still gets its answer', async ({ page }) => {
  const claim = await createClaim('assign');
  await page.goto(`/desk/claims/${claim.id}`);
  const form = page.getByRole('form', { name: 'Assignment' });
  await form.getByLabel('Assigned to').selectOption({ label: 'Dewi Editor' });
  await form.getByRole('button', { name: 'Assign' }).click();

  await expect(page.getByRole('form', { name: 'Assignment' }).getByText('Assigned to Dewi Editor.')).toBeVisible(ANSWER);
  await expect(page.getByText('Assigned to Dewi Editor', { exact: true })).toBeVisible();

  await page.getByRole('form', { name: 'Assignment' }).getByRole('button', { name: 'Assign' }).click();
  await expect(page.getByRole('form', { name: 'Assignment' }).getByText('Nothing to save: no changes.')).toBeVisible(ANSWER);
  const [assigned] = await sql<{ name: string }>('SELECT u.name FROM "Claim" c JOIN "User" u ON u.id = c."assigneeId" WHERE c.id = $1', [
    claim.id,
  ]);
  expect(assigned).toEqual({ name: 'Dewi Editor' });
});
