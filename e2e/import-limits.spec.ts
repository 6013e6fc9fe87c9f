// A paste far over the limits (the probe used 20 MB; 4 MB is enough and quicker to type) is refused in the browser with a message, before it is sent: sent,
// it would break Next's server-action body limit (3 MB) and come back as a bare 500.
import { expect, signedInAs, test } from './fixtures';
import { PASTE_LABEL } from './steps';

test.use(signedInAs('editor'));

test('a paste over the 3 MB server-action limit gets a clear message and is never sent', async ({ page }) => {
  // Typing 4 MB into the page and checking it takes the browser a while on a busy 2-core machine.
  test.setTimeout(90_000);
  await page.goto('/desk/articles/new');
  const actionPosts: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().includes('/desk/articles/new')) actionPosts.push(request.url());
  });
  await page.getByLabel(PASTE_LABEL).fill('Jembatan runtuh. '.repeat(250_000));
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByRole('alert').filter({ hasText: /over 1 MB/ })).toBeVisible();
  expect(actionPosts).toEqual([]);
  // The form is still usable: a normal paste previews as before.
  await page
    .getByLabel(PASTE_LABEL)
    .fill('Judul Uji\n\nKOTAUJI - Jembatan Merah ditutup sejak Senin pagi untuk pemeriksaan rutin oleh dinas terkait.');
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByLabel('Headline')).toBeVisible();
});
