// An editor switches the desk to Indonesian in the profile page, and the desk speaks it: the
// header, page headings, form messages and dates. The account is made here, not a demo user, so
// the other specs keep reading the desk in English.
import { expect, test } from './fixtures';
import { createAccountWithPassword, createArticleWithClaim } from './factories';

const PASSWORD = 'a-long-test-password';

test('an editor chooses Indonesian in the profile page and the desk follows', async ({ page }) => {
  // A long walk (profile, desk home, articles, a claim) on a shared 2-core machine.
  test.setTimeout(180_000);
  const editor = await createAccountWithPassword('EDITOR', PASSWORD);
  const { article, claim } = await createArticleWithClaim(
    { title: 'Artikel bahasa', body: 'Menteri berkata "harga beras turun" kemarin.' },
    { quote: 'harga beras turun', summary: 'Harga beras turun', assigneeId: editor.id },
  );
  await page.goto('/login');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByLabel('Email').fill(editor.email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/desk$/);

  await page.getByTestId('current-user').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your profile' })).toBeVisible();
  await page.getByLabel('Interface language').selectOption('id');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.locator('form [role="status"]')).toHaveText('Profil tersimpan.');

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await expect(page.getByRole('heading', { level: 1, name: 'Profil Anda' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Meja redaksi' }).getByRole('link', { name: 'Artikel' })).toBeVisible();
  await page.getByLabel('Kata sandi saat ini').fill('not-my-password');
  await page.getByLabel('Kata sandi baru', { exact: true }).fill('another-long-password');
  await page.getByLabel('Ulangi kata sandi baru').fill('another-long-password');
  await page.getByRole('button', { name: 'Ganti kata sandi' }).click();
  await expect(page.locator('form [role="alert"]').first()).toHaveText('Kata sandi Anda saat ini salah. Tidak ada yang diubah.');

  await page.goto('/desk');
  const assigned = page.getByTestId('assigned-to-me');
  await expect(assigned.getByRole('heading', { name: /Ditugaskan kepada saya/ })).toBeVisible();
  await expect(assigned.locator('time')).toHaveText(/yang lalu|sekarang/);
  await expect(page.getByRole('button', { name: 'Keluar' })).toBeVisible();

  // The articles: list, workspace and correction form.
  await page.goto('/desk/articles');
  await expect(page.getByRole('heading', { level: 1, name: 'Artikel' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Artikel bahasa' })).toContainText('1 klaim');
  await page.goto(`/desk/articles/${article.id}/edit`);
  await expect(page.getByRole('heading', { level: 1, name: 'Koreksi artikel' })).toBeVisible();
  await expect(page.getByLabel('Judul')).toHaveValue('Artikel bahasa');
  await page.getByLabel('Judul').fill('');
  await page.getByRole('button', { name: 'Simpan koreksi' }).click();
  await expect(page.locator('#title-error')).toHaveText('Isi judulnya.');

  // A claim: the verdict form, its refusal, and the history it writes.
  await page.goto(`/desk/claims/${claim.id}`);
  await expect(page.getByRole('heading', { name: 'Putusan dan penjelasan' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Bukti/ })).toBeVisible();
  await page.getByLabel('Penjelasan', { exact: true }).fill('Data BPS menunjukkan harga beras naik bulan lalu.');
  await page.getByRole('button', { name: 'Simpan putusan dan penjelasan' }).click();
  await expect(page.getByRole('form', { name: 'Putusan dan penjelasan' }).getByRole('status')).toHaveText('Tersimpan.');
  const history = page.getByRole('region', { name: 'Riwayat' });
  await expect(history.getByTestId('history-event').first()).toContainText('mengubah penjelasan');
  await expect(history.getByTestId('history-event').first()).toContainText('penjelasan kini berbunyi “Data BPS menunjukkan');
  const review = page.getByRole('region', { name: 'Tinjauan dan penerbitan' });
  await expect(review.getByRole('listitem')).toHaveText(['putusan', 'minimal satu bukti']);
  await expect(review.getByRole('button', { name: 'Ajukan untuk ditinjau' })).toBeDisabled();
});
