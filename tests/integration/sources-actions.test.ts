import { beforeAll, describe, expect, it } from 'vitest';
import { mergeSourceAction, renameSourceAction, updateSourceAliasesAction, updateSourceSameAsAction } from '@/lib/actions/sources';
import { normalizeSourceName } from '@/lib/claims/source-name';
import { getSourceDetail, listSources } from '@/lib/data/sources';
import { createTeam, createTestClaim, formData, testDb, unique } from '../support/factories';
import { actAs, actAsNobody } from '../support/session-double';
import { withRecordId } from '@/lib/actions/record-field';

let team: Awaited<ReturnType<typeof createTeam>>;
let articleId: string;
beforeAll(async () => {
  team = await createTeam();
  const article = await testDb.article.create({
    data: { title: unique('Sources article'), body: 'Armenpress says seven civilians died.', rawInput: 'raw', createdById: team.editor.id },
  });
  articleId = article.id;
});

async function createSource(name: string, aliases: string[] = []) {
  return testDb.source.create({ data: { name, normalizedName: normalizeSourceName(name), kind: 'MEDIA', aliases } });
}

async function createClaim(sourceId: string, overrides: { deletedAt?: Date } = {}) {
  return createTestClaim(
    { summary: unique('claim'), createdById: team.editor.id, ...overrides },
    { articleId, sourceId, quoteStart: 0, quoteEnd: 10, quoteText: 'Armenpress' },
  );
}

const sourceRow = (id: string) => testDb.source.findUnique({ where: { id } });
/** The source of the claim's (only) attribution. */
const sourceOfClaim = async (claimId: string) => (await testDb.attribution.findFirstOrThrow({ where: { claimId } })).sourceId;

/** mergeSourceAction ends with redirect(), which throws Next's redirect signal carrying the URL. */
async function expectRedirect(promise: Promise<unknown>, path: string) {
  await expect(promise).rejects.toMatchObject({ digest: expect.stringContaining(`;${path}`) as unknown });
}

describe('source actions', () => {
  it('refuse nobody and viewers, and change nothing', async () => {
    const source = await createSource(unique('Refused Source'), ['Kept']);
    const target = await createSource(unique('Refused Target'));
    const claim = await createClaim(source.id);
    for (const caller of [null, team.viewer]) {
      if (caller) actAs(caller);
      else actAsNobody();
      expect(await renameSourceAction(null, withRecordId(source.id, formData({ name: unique('Renamed'), kind: 'PERSON' })))).toMatchObject({
        ok: false,
      });
      expect(await updateSourceAliasesAction(null, withRecordId(source.id, formData({ aliases: 'New alias' })))).toMatchObject({
        ok: false,
      });
      expect(await mergeSourceAction(null, withRecordId(source.id, formData({ targetId: target.id, confirm: 'yes' })))).toMatchObject({
        ok: false,
      });
      expect(await updateSourceSameAsAction(null, withRecordId(source.id, formData({ sameAs: 'https://example.org/who' })))).toMatchObject({
        ok: false,
      });
    }
    expect((await testDb.source.findUniqueOrThrow({ where: { id: source.id } })).sameAs).toEqual([]);
    expect(await sourceRow(source.id)).toMatchObject({ name: source.name, kind: 'MEDIA', aliases: ['Kept'] });
    expect(await sourceOfClaim(claim.id)).toBe(source.id);
    expect(await testDb.claimEvent.count({ where: { claimId: claim.id } })).toBe(0);
  });

  it('renames a source and changes its kind, keeping the normalised key in step', async () => {
    actAs(team.editor);
    const source = await createSource(unique('Old Name'));
    const name = `  ${unique('Kementerian Pertahanan Armenia')}  `;
    expect(await renameSourceAction(null, withRecordId(source.id, formData({ name, kind: 'GOVERNMENT' })))).toMatchObject({ ok: true });
    expect(await sourceRow(source.id)).toMatchObject({ name: name.trim(), normalizedName: normalizeSourceName(name), kind: 'GOVERNMENT' });
  });

  it('refuses a name another source already has (after normalising), and keeps what was typed', async () => {
    actAs(team.editor);
    const taken = await createSource(unique('Armenpress'));
    const source = await createSource(unique('Armen press'));
    const typed = `  ${taken.name.toUpperCase()}!`;
    const result = await renameSourceAction(null, withRecordId(source.id, formData({ name: typed, kind: 'PERSON' })));
    expect(result).toEqual({
      ok: false,
      message: `Another source is already called ${taken.name}: merge them instead.`,
      errors: { name: [`Another source is already called ${taken.name}: merge them instead.`] },
      values: { name: typed, kind: 'PERSON' },
    });
    expect(await sourceRow(source.id)).toMatchObject({ name: source.name, kind: 'MEDIA' });
    // Its own name in another spelling is not a conflict.
    expect(
      await renameSourceAction(null, withRecordId(source.id, formData({ name: source.name.toUpperCase(), kind: 'MEDIA' }))),
    ).toMatchObject({
      ok: true,
    });
  });

  it('rejects empty, punctuation-only and over-long names, and unknown kinds, as field errors', async () => {
    actAs(team.editor);
    const source = await createSource(unique('Valid Name'));
    for (const [name, kind, field, message] of [
      ['   ', 'MEDIA', 'name', 'Enter a name.'],
      ['?!', 'MEDIA', 'name', 'Use at least one letter or digit.'],
      ['x'.repeat(201), 'MEDIA', 'name', 'Use at most 200 characters.'],
      ['Fine', 'ALIEN', 'kind', 'Choose a kind.'],
    ] as const) {
      const result = await renameSourceAction(null, withRecordId(source.id, formData({ name, kind })));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors?.[field]?.[0]).toBe(message);
    }
    expect((await sourceRow(source.id))?.name).toBe(source.name);
  });

  it('normalises aliases: trimmed, empty lines dropped, case-insensitive duplicates removed', async () => {
    actAs(team.editor);
    const source = await createSource(unique('Aliased'), ['Old alias']);
    const result = await updateSourceAliasesAction(
      null,
      withRecordId(source.id, formData({ aliases: '  Kemhan \r\n\n kemhan\nMoD Armenia\n   \nKEMHAN\r\nMinistry of Defence' })),
    );
    expect(result).toMatchObject({ ok: true, message: 'Saved 3 aliases.' });
    expect((await sourceRow(source.id))?.aliases).toEqual(['Kemhan', 'MoD Armenia', 'Ministry of Defence']);
  });

  it('refuses an alias over 200 characters or more than 50 aliases, and changes nothing', async () => {
    actAs(team.editor);
    const source = await createSource(unique('Limited'), ['Unchanged']);
    const tooLong = await updateSourceAliasesAction(null, withRecordId(source.id, formData({ aliases: `ok\n${'y'.repeat(201)}` })));
    expect(tooLong).toMatchObject({ ok: false, errors: { aliases: ['Each alias may have at most 200 characters.'] } });
    const tooMany = Array.from({ length: 51 }, (_, i) => `Alias ${i}`).join('\n');
    const refused = await updateSourceAliasesAction(null, withRecordId(source.id, formData({ aliases: tooMany })));
    expect(refused).toMatchObject({ ok: false, errors: { aliases: ['Use at most 50 aliases.'] }, values: { aliases: tooMany } });
    expect((await sourceRow(source.id))?.aliases).toEqual(['Unchanged']);
  });

  it('saves sameAs addresses (trimmed, duplicates dropped) and refuses anything but full http(s) addresses, changing nothing', async () => {
    actAs(team.editor);
    const source = await createSource(unique('Known'));
    const saved = await updateSourceSameAsAction(
      null,
      withRecordId(
        source.id,
        formData({ sameAs: ' https://www.wikidata.org/wiki/Q42 \r\n\nhttps://www.wikidata.org/wiki/Q42\nhttp://kemhan.example.id/ ' }),
      ),
    );
    expect(saved).toMatchObject({ ok: true, message: 'Saved 2 addresses.' });
    const stored = ['https://www.wikidata.org/wiki/Q42', 'http://kemhan.example.id/'];
    expect((await testDb.source.findUniqueOrThrow({ where: { id: source.id } })).sameAs).toEqual(stored);
    for (const bad of [
      'javascript:alert(1)',
      'ftp://files.example.org/x',
      'www.example.org',
      'https://user:pw@example.org/',
      `https://e.org/${'a'.repeat(500)}`,
    ]) {
      const refused = await updateSourceSameAsAction(null, withRecordId(source.id, formData({ sameAs: `https://ok.example.org\n${bad}` })));
      expect(refused, bad).toMatchObject({ ok: false, errors: { sameAs: [expect.any(String)] } });
    }
    const eleven = Array.from({ length: 11 }, (_, i) => `https://example.org/${i}`).join('\n');
    expect(await updateSourceSameAsAction(null, withRecordId(source.id, formData({ sameAs: eleven })))).toMatchObject({
      ok: false,
      errors: { sameAs: ['At most 10 addresses.'] },
    });
    expect((await testDb.source.findUniqueOrThrow({ where: { id: source.id } })).sameAs).toEqual(stored);
  });

  it('merges a source into another: claims move, events are written, names become aliases, the source goes', async () => {
    actAs(team.editor);
    const merged = await createSource(unique('Kemenhan'), ['Kemhan', 'Defence Ministry']);
    const target = await createSource(unique('Kementerian Pertahanan'), ['KEMHAN', 'MoD']);
    const live = await createClaim(merged.id);
    const deleted = await createClaim(merged.id, { deletedAt: new Date() });
    const alreadyThere = await createClaim(target.id);

    await expectRedirect(
      mergeSourceAction(null, withRecordId(merged.id, formData({ targetId: target.id, confirm: 'yes' }))),
      `/desk/sources/${target.id}?merged=1`,
    );

    expect(await sourceRow(merged.id)).toBeNull();
    expect((await sourceRow(target.id))?.aliases).toEqual(['KEMHAN', 'MoD', merged.name, 'Defence Ministry']);
    const claims = await testDb.claim.findMany({
      where: { id: { in: [live.id, deleted.id, alreadyThere.id] } },
      select: { id: true, version: true, attributions: { select: { sourceId: true } } },
    });
    expect(claims.every((claim) => claim.attributions.every((a) => a.sourceId === target.id))).toBe(true);
    expect(claims.find((claim) => claim.id === live.id)?.version).toBe(live.version + 1);
    const events = await testDb.claimEvent.findMany({
      where: { kind: 'SOURCE_MERGED', claimId: { in: [live.id, deleted.id, alreadyThere.id] } },
    });
    expect(events.map((event) => event.claimId).sort()).toEqual([live.id, deleted.id].sort());
    for (const event of events) {
      expect(event.actorId).toBe(team.editor.id);
      expect(event.before).toEqual({ sourceId: merged.id, sourceName: merged.name });
      expect(event.after).toEqual({ sourceId: target.id, sourceName: target.name });
    }
  });

  it('refuses to merge a source into itself, into an unknown source, or without confirmation', async () => {
    actAs(team.editor);
    const source = await createSource(unique('Lonely'), ['Alone']);
    const other = await createSource(unique('Other'));
    const claim = await createClaim(source.id);
    const attempts = [
      [{ targetId: source.id, confirm: 'yes' }, 'A source cannot be merged into itself. Choose another source.'],
      [{ targetId: 'cl0000000000000000unknown', confirm: 'yes' }, 'The source to merge into does not exist. Choose another.'],
      [{ targetId: "x' OR 1=1 --", confirm: 'yes' }, 'Please correct the highlighted fields.'],
      [{ targetId: other.id }, 'Please correct the highlighted fields.'],
    ] as const;
    for (const [fields, message] of attempts) {
      expect(await mergeSourceAction(null, withRecordId(source.id, formData(fields)))).toMatchObject({ ok: false, message });
    }
    expect(
      await mergeSourceAction(null, withRecordId('cl0000000000000000unknown', formData({ targetId: other.id, confirm: 'yes' }))),
    ).toMatchObject({
      ok: false,
    });
    expect(await sourceRow(source.id)).toMatchObject({ aliases: ['Alone'] });
    expect((await sourceRow(other.id))?.aliases).toEqual([]);
    expect(await sourceOfClaim(claim.id)).toBe(source.id);
    expect(await testDb.claimEvent.count({ where: { claimId: claim.id } })).toBe(0);
  });

  it('answers an unknown or malformed source id with a message, not a crash', async () => {
    actAs(team.editor);
    for (const id of ['cl0000000000000000unknown', '../../etc', '']) {
      expect(await renameSourceAction(null, withRecordId(id, formData({ name: unique('Ghost'), kind: 'OTHER' })))).toMatchObject({
        ok: false,
      });
      expect(await updateSourceAliasesAction(null, withRecordId(id, formData({ aliases: 'x' })))).toMatchObject({ ok: false });
    }
  });
});

describe('source reads', () => {
  it('filter by name or alias substring, ignoring case and accents, and count live claims only', async () => {
    const tag = unique('zq');
    const byName = await createSource(`Élysée ${tag}`);
    const byAlias = await createSource(unique('Presidency'), [`Palais ${tag} 50%`]);
    await createSource(unique('Unrelated'));
    await createClaim(byName.id);
    await createClaim(byName.id, { deletedAt: new Date() });

    const found = await listSources(tag.toUpperCase());
    expect(found.map((source) => source.id).sort()).toEqual([byName.id, byAlias.id].sort());
    expect(found.find((source) => source.id === byName.id)?._count.attributions).toBe(1);
    expect((await listSources(`elysee ${tag}`)).map((source) => source.id)).toEqual([byName.id]);
    // LIKE wildcards in the query are taken literally.
    expect((await listSources(`${tag} 50%`)).map((source) => source.id)).toEqual([byAlias.id]);
    // Unescaped, "5_%" would match the alias's "50%".
    expect(await listSources(`${tag} 5_%`)).toEqual([]);
  });

  it('find no source for a malformed or unknown id, and only live claims for a real one', async () => {
    expect(await getSourceDetail("1' OR '1'='1")).toBeNull();
    expect(await getSourceDetail('cl0000000000000000unknown')).toBeNull();
    const source = await createSource(unique('Detailed'));
    const live = await createClaim(source.id);
    await createClaim(source.id, { deletedAt: new Date() });
    const detail = await getSourceDetail(source.id);
    expect(detail?.attributions.map((attribution) => attribution.claim.id)).toEqual([live.id]);
    expect(detail?.attributions[0]?.article.id).toBe(articleId);
  });
});
