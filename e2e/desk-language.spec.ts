// An editor switches the desk to Indonesian in the profile page, and the desk speaks it: the
// header, page headings, form messages and dates. The account is made here, not a demo user, so
// the other specs keep reading the desk in English.
import { expect, test } from './fixtures';
import { createAccountWithPassword, createArticleWithClaim } from './factories';

const PASSWORD = 'a-long-test-password';

test('an editor chooses Indonesian in the profile page and the desk follows', async ({ page }) => {
  const editor = await createAccountWithPassword('EDITOR', PASSWORD);
  await createArticleWithClaim(
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
});
