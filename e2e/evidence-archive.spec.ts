// The evidence archive in a real browser, with the real job worker (the second web server of
// playwright.config.ts) fetching a local stand-in site: an editor cites a page, sees it archived,
// opens the copy (its scripts do not run; the banner is there; one strict policy is sent), then the
// watch finds the page changed and the editor resolves it on the desk home with "no effect".
import { createArticleWithClaim, uniqueTag } from './factories';
import { expect, sql, test } from './fixtures';
import { addEvidence } from './steps';

const STAND_IN = `http://127.0.0.1:${process.env.E2E_STAND_IN_PORT}`;
const ARCHIVE_POLICY =
  "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'; frame-ancestors 'none'";
const PARAGRAPHS = [
  'The regional water authority inspected the Sukamaju dam in March and again in September of this year.',
  'Its report lists the spillway gates as working and the embankment as sound, with two small repairs scheduled.',
  'Inspectors said the dam had been checked every year since 2015, contrary to claims made after the flood.',
];
const REASON = 'Only the wording of the second paragraph moved; the inspection dates we rely on are unchanged.';

async function control(path: string, body: object = {}) {
  const response = await fetch(`${STAND_IN}/__control/${path}`, { method: 'POST', body: JSON.stringify(body) });
  expect(response.status, await response.text()).toBe(200);
}

test.describe('evidence archive', () => {
  // A capture and a watch run through the job queue: generous on a busy 2-core machine.
  test.describe.configure({ timeout: 150_000 });

  test('an editor cites a page, opens its inert archived copy, and resolves a source change', async ({ openAs }, testInfo) => {
    const tag = uniqueTag();
    await control('changing', { paragraphs: PARAGRAPHS, status: 200 });
    const { claim } = await createArticleWithClaim(
      { title: `Bendungan ${tag}`, body: `Bupati mengatakan bendungan itu tidak pernah diperiksa. ${tag}` },
      { quote: 'bendungan itu tidak pernah diperiksa', summary: `Bendungan tidak pernah diperiksa ${tag}` },
    );
    const editor = await openAs('editor', `/desk/claims/${claim.id}`);
    await addEvidence(editor, { url: `${STAND_IN}/changing?${tag}`, title: `Inspection report ${tag}`, relation: 'Refutes the claim' });

    // Archived by the worker: reload until the claim page says so.
    const state = editor.getByTestId('archive-status').locator('[data-state]');
    await expect
      .poll(
        async () => {
          await editor.reload();
          return state.getAttribute('data-state');
        },
        { timeout: 90_000, intervals: [1_000, 2_000, 3_000] },
      )
      .toBe('ARCHIVED');
    const copyHref = await editor.getByRole('link', { name: /Copy archived on/ }).getAttribute('href');
    expect(copyHref).toMatch(/^\/archive\/\w+$/);

    // The copy's headers: exactly one policy, the archive's own (the site-wide static one is not added).
    const response = await editor.request.get(copyHref!);
    expect(response.status()).toBe(200);
    const policies = response.headersArray().filter((header) => header.name.toLowerCase() === 'content-security-policy');
    expect(policies.map((header) => header.value)).toEqual([ARCHIVE_POLICY]);
    expect(response.headers()['set-cookie']).toBeUndefined();

    // The copy in the browser: the banner is there, and neither of the page's scripts ran.
    const copy = await editor.context().newPage();
    await copy.goto(`${copyHref!}?lang=en`);
    await expect(copy.locator('[data-claimdesk-archive-banner]')).toContainText('Archived copy kept by');
    await expect(copy.getByRole('heading', { name: 'Dam inspection report' })).toBeVisible();
    await expect(copy).toHaveTitle('Dam inspection report');
    expect(await copy.locator('body').getAttribute('data-script-ran')).toBeNull();
    expect(await copy.evaluate(() => (window as { archiveScriptRan?: boolean }).archiveScriptRan)).toBeUndefined();
    expect((await editor.context().cookies()).map((cookie) => cookie.name)).not.toContain('stolen');
    await copy.close();

    // The page changes; the watch of this evidence runs now (its schedule is daily).
    const [evidence] = await sql<{ id: string }>(`SELECT id FROM "Evidence" WHERE "claimId" = $1`, [claim.id]);
    await control('changing', {
      paragraphs: [PARAGRAPHS[0], 'Its report now lists the spillway gates as broken and the embankment as cracked.', PARAGRAPHS[2]],
    });
    await control(`watch/${evidence!.id}`);
    await expect
      .poll(async () => (await sql(`SELECT id FROM "SourceChange" WHERE "evidenceId" = $1 AND state = 'OPEN'`, [evidence!.id])).length, {
        timeout: 60_000,
      })
      .toBe(1);

    await editor.goto('/desk');
    const queue = editor.getByTestId('sources-changed');
    const item = queue.getByTestId('source-change').filter({ hasText: claim.summary });
    await expect(item).toContainText('The text changed');
    await expect(item).toContainText('HTTP status 200 → 200');
    await expect(item.locator('del')).toContainText(['working']);
    await expect(item.locator('ins').first()).toContainText('now');
    await expect(item.locator('del').first()).toContainText('removed:'); // said in words, not by colour only
    for (const width of [1280, 390]) {
      await editor.setViewportSize({ width, height: 900 });
      await editor.screenshot({ path: testInfo.outputPath(`desk-home-source-change-${width}.png`), fullPage: true });
    }
    await editor.setViewportSize({ width: 1280, height: 900 });

    await item.getByLabel('Why it does not affect the verdict').fill(REASON);
    await item.getByRole('button', { name: 'No effect on the verdict' }).click();
    await expect(queue.getByTestId('source-change').filter({ hasText: claim.summary })).toHaveCount(0);

    await editor.goto(`/desk/claims/${claim.id}`);
    const event = editor.getByTestId('history-event').filter({ hasText: 'judged a changed source: no effect on the verdict' });
    await expect(event).toContainText(REASON);
    await expect(event).toContainText(`Inspection report ${tag}`);
  });

  test('the jobs page shows the queues to an admin, and to nobody else', async ({ openAs }, testInfo) => {
    const admin = await openAs('admin', '/desk');
    await admin.getByRole('navigation', { name: 'Desk' }).getByRole('link', { name: 'Jobs' }).click();
    await expect(admin.getByRole('heading', { name: 'Background jobs' })).toBeVisible();
    await expect(admin.getByTestId('job-counts').getByRole('rowheader', { name: 'evidence-archive' })).toBeVisible();
    for (const width of [1280, 390]) {
      await admin.setViewportSize({ width, height: 900 });
      await admin.screenshot({ path: testInfo.outputPath(`jobs-${width}.png`), fullPage: true });
    }
    const editor = await openAs('editor', '/desk');
    await expect(editor.getByRole('navigation', { name: 'Desk' }).getByRole('link', { name: 'Jobs' })).toHaveCount(0);
    const refused = await editor.goto('/desk/jobs');
    expect(refused?.status()).toBe(403);
  });
});
