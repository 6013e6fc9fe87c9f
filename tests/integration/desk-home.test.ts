// The desk home's reads (issue 12): the newest articles carry their live claim counts, counted for
// the articles shown only (the desk no longer aggregates every article's claims on each visit).
import { beforeAll, describe, expect, it } from 'vitest';
import { getDeskOverview } from '@/lib/data/desk-home';
import { createTeam, createTestClaim, testDb, unique } from '../support/factories';
import { actAs } from '../support/session-double';

let team: Awaited<ReturnType<typeof createTeam>>;
beforeAll(async () => {
  team = await createTeam();
});

// Dated ahead, so that articles other test files create at the same time cannot push these out of the 10.
const AHEAD = Date.now() + 24 * 3600_000;

async function createArticle(claims: number, minutesAhead: number) {
  const body = Array.from({ length: claims }, (_, i) => `Kutipan nomor ${i}.`).join('\n\n');
  const article = await testDb.article.create({
    data: { title: unique('Desk'), createdAt: new Date(AHEAD + minutesAhead * 60_000), body, rawInput: body, createdById: team.editor.id },
  });
  for (let i = 0; i < claims; i++) {
    const words = `Kutipan nomor ${i}.`;
    const quoteStart = body.indexOf(words);
    await createTestClaim(
      { summary: words, createdById: team.editor.id },
      { articleId: article.id, quoteStart, quoteEnd: quoteStart + words.length, quoteText: words },
    );
  }
  return article;
}

describe('getDeskOverview: recent articles', () => {
  it('counts each shown article’s live claims, not deleted ones, and zero for an article without claims', async () => {
    const withClaims = await createArticle(3, 1);
    const deleted = await testDb.attribution.findFirstOrThrow({ where: { articleId: withClaims.id } });
    await testDb.claim.update({ where: { id: deleted.claimId }, data: { deletedAt: new Date() } });
    const empty = await createArticle(0, 2);
    actAs(team.viewer);

    const { articles } = await getDeskOverview(team.viewer.id);
    const counts = new Map(articles.map((article) => [article.id, article.liveClaims]));
    expect(counts.get(withClaims.id)).toBe(2);
    expect(counts.get(empty.id)).toBe(0);
    expect(articles.length).toBeLessThanOrEqual(10);
    expect(articles.map((a) => a.createdAt.getTime())).toEqual([...articles.map((a) => a.createdAt.getTime())].sort((a, b) => b - a));
  });
});
