// The workspace's reads (issue 12): the article's claims are sent as compact highlights (all of them)
// and cards (a page), and sources are looked up as an editor types, never listed whole.
import { beforeAll, describe, expect, it } from 'vitest';
import { normalizeSourceName } from '@/lib/claims/source-name';
import { WORKSPACE_CLAIMS_PAGE } from '@/lib/claims/workspace-paging';
import { getArticleWorkspace } from '@/lib/data/articles';
import { SOURCE_SUGGESTIONS, suggestClaimSources } from '@/lib/data/sources';
import { createTeam, createTestClaim, testDb, unique } from '../support/factories';
import { actAs } from '../support/session-double';

let team: Awaited<ReturnType<typeof createTeam>>;
beforeAll(async () => {
  team = await createTeam();
});

describe('getArticleWorkspace', () => {
  it('highlights every live claim in text order and lists the cards of the first page only', async () => {
    const count = WORKSPACE_CLAIMS_PAGE + 5;
    const paragraphs = Array.from({ length: count }, (_, i) => `Paragraf ${String(i).padStart(3, '0')} berisi kutipan.`);
    const body = paragraphs.join('\n\n');
    const article = await testDb.article.create({ data: { title: unique('Long'), body, rawInput: body, createdById: team.editor.id } });
    // Made in reverse, so that creation order is not text order.
    for (const words of [...paragraphs].reverse()) {
      const quoteStart = body.indexOf(words);
      await createTestClaim(
        { summary: words, createdById: team.editor.id },
        { articleId: article.id, quoteStart, quoteEnd: quoteStart + words.length, quoteText: words },
      );
    }
    const deleted = await testDb.attribution.findFirstOrThrow({ where: { articleId: article.id, quoteText: paragraphs[1] } });
    await testDb.claim.update({ where: { id: deleted.claimId }, data: { deletedAt: new Date() } });
    actAs(team.viewer);

    const workspace = await getArticleWorkspace(article.id);
    expect(workspace?.highlights).toHaveLength(count - 1);
    expect(workspace?.highlights.map(([, start]) => start)).toEqual(
      [...workspace!.highlights.map(([, start]) => start)].sort((a, b) => a - b),
    );
    expect(workspace?.highlights.some(([id]) => id === deleted.id)).toBe(false);
    expect(workspace?.cards).toHaveLength(WORKSPACE_CLAIMS_PAGE);
    expect(workspace?.cards.map((c) => c.id)).toEqual(workspace?.highlights.slice(0, WORKSPACE_CLAIMS_PAGE).map(([id]) => id));

    const more = await getArticleWorkspace(article.id, 2 * WORKSPACE_CLAIMS_PAGE);
    expect(more?.cards.map((c) => c.id)).toEqual(more?.highlights.map(([id]) => id));
  });
});

describe('suggestClaimSources', () => {
  async function createSource(name: string, aliases: string[] = []) {
    return testDb.source.create({
      data: { name, normalizedName: normalizeSourceName(name), kind: 'GOVERNMENT', aliases },
      select: { id: true },
    });
  }

  it('names the existing source by name or alias, however spelled, as saving a claim would', async () => {
    const tag = unique('bpk').replace(/\W/g, '');
    const source = await createSource(`Badan Pemeriksa ${tag}`, [`BPK ${tag}`]);
    actAs(team.editor);
    expect((await suggestClaimSources(`badan pemeriksa ${tag.toUpperCase()}`)).existing).toEqual({
      id: source.id,
      name: `Badan Pemeriksa ${tag}`,
      kind: 'GOVERNMENT',
    });
    expect((await suggestClaimSources(`  bpk ${tag} `)).existing?.id).toBe(source.id);
    const partial = await suggestClaimSources(`Pemeriksa ${tag}`);
    expect(partial.existing).toBeNull();
    expect(partial.suggestions).toEqual([{ name: `Badan Pemeriksa ${tag}`, aliases: [`BPK ${tag}`] }]);
  });

  it('offers at most a handful of names, and nothing for empty or overlong text', async () => {
    const tag = unique('many').replace(/\W/g, '');
    for (let i = 0; i < SOURCE_SUGGESTIONS + 3; i++) await createSource(`Sumber ${tag} ${i}`);
    actAs(team.viewer);
    expect((await suggestClaimSources(tag)).suggestions).toHaveLength(SOURCE_SUGGESTIONS);
    expect(await suggestClaimSources('   ')).toEqual({ existing: null, suggestions: [] });
    expect(await suggestClaimSources('x'.repeat(500))).toEqual({ existing: null, suggestions: [] });
  });
});
