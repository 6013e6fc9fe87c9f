// Two records of one statement on the desk: an editor merges one into the other from its claim page,
// choosing the survivor among the claims the matcher lists, and lands on the survivor with both places.
import { createArticleWithClaim, uniqueTag } from './factories';
import { expect, sql, test } from './fixtures';

test('an editor merges a claim into its duplicate from the claim page', async ({ openAs }) => {
  test.setTimeout(120_000);
  const tag = uniqueTag();
  const words = `jembatan gantung Kalitirto ${tag} ambruk karena banjir`;
  const first = await createArticleWithClaim(
    { title: `Kalitirto ${tag}`, body: `Bupati mengatakan ${words}.` },
    { quote: words, summary: `Jembatan gantung Kalitirto ${tag} ambruk karena banjir` },
  );
  const second = await createArticleWithClaim(
    { title: `Kalitirto lagi ${tag}`, body: `Warga mengatakan ${words} kemarin.` },
    { quote: words, summary: `Jembatan Kalitirto ${tag} ambruk diterjang banjir` },
  );
  const page = await openAs('editor', `/desk/claims/${second.claim.id}`);
  await page.getByText('Merge into another claim').click();
  const choice = page.getByTestId('picked-claim').filter({ hasText: first.claim.summary });
  await choice.getByRole('radio').check();
  await page.getByRole('button', { name: 'Merge into the chosen claim' }).click();
  await page.waitForURL(`**/desk/claims/${first.claim.id}?merged=1`);
  await expect(page.getByRole('status').filter({ hasText: 'Merged' })).toBeVisible();
  await expect(page.getByTestId('claim-place')).toHaveCount(2);
  const [merged] = await sql<{ mergedIntoId: string | null; deleted: boolean }>(
    `SELECT "mergedIntoId", "deletedAt" IS NOT NULL AS deleted FROM "Claim" WHERE id = $1`,
    [second.claim.id],
  );
  expect(merged).toEqual({ mergedIntoId: first.claim.id, deleted: true });
});
