import { beforeAll, describe, expect, it } from 'vitest';
import { createArticleAction, previewArticleAction, updateArticleAction } from '@/lib/actions/articles';
import { removeAttributionAction, updateAttributionAction } from '@/lib/actions/attributions';
import { createClaimAction } from '@/lib/actions/claims';
import { acceptSuggestionsAction, suggestClaimsAction } from '@/lib/actions/suggestions';
import { createTeam, formData, testDb, unique } from '../support/factories';
import { actAs, actAsNobody } from '../support/session-double';
import { withRecordId } from '@/lib/actions/record-field';

let team: Awaited<ReturnType<typeof createTeam>>;
const BODY =
  'KOTAUJI - Jembatan Merah ditutup sejak Senin.\n\nDinas Pekerjaan Umum mengatakan, jembatan itu ditutup untuk pemeriksaan rutin.\n\nWali Kota Budi Santosa membantah bahwa jembatan itu retak.';

async function newArticle(body = BODY) {
  return testDb.article.create({
    data: { title: unique('Jembatan'), body, rawInput: body, createdById: team.editor.id },
    select: { id: true },
  });
}

function claimForm(body: string, words: string, extra: Record<string, string> = {}) {
  const start = body.indexOf(words);
  return formData({
    quoteStart: String(start),
    quoteEnd: String(start + words.length),
    quoteText: words,
    sourceName: 'Dinas PU Kotauji',
    sourceKind: 'GOVERNMENT',
    cue: 'mengatakan',
    stance: 'ASSERTS',
    summary: 'Jembatan ditutup untuk pemeriksaan.',
    status: 'UNSTARTED',
    ...extra,
  });
}

/** The attributions of an article's live and deleted claims, in order of creation, with their claims. */
const attributionsIn = (articleId: string) =>
  testDb.attribution.findMany({
    where: { articleId },
    orderBy: { createdAt: 'asc' },
    include: { source: true, claim: { include: { events: true } } },
  });

/** Catches the redirect a successful save ends with, and returns its target. */
async function redirectOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? '';
    if (digest.startsWith('NEXT_REDIRECT')) return digest.split(';')[2] ?? '';
    throw error;
  }
  throw new Error('expected a redirect');
}

beforeAll(async () => {
  team = await createTeam();
});

describe('article import actions', () => {
  it('previews pasted text with CRLF line ends and saves the raw input exactly', async () => {
    actAs(team.editor);
    const pasted =
      'Judul Berita Uji\n\nKOTAUJI, WARTA UJI - Jembatan Merah di Kotauji ditutup sejak Senin pagi untuk pemeriksaan.\n\nBaca juga: Berita Lain\n\nDinas Pekerjaan Umum mengatakan, jembatan itu ditutup untuk pemeriksaan rutin selama tiga hari.';
    const preview = await previewArticleAction(null, formData({ mode: 'text', pasted: pasted.replace(/\n/g, '\r\n') }));
    expect(preview.ok).toBe(true);
    if (!preview.ok || !preview.data) return;
    expect(preview.data.article.body).not.toContain('Baca juga');
    const title = unique('Judul');
    const target = await redirectOf(
      createArticleAction(
        null,
        formData({
          title,
          url: '',
          publisher: 'Warta Uji',
          author: '',
          publishedAt: '2026-02-02T10:05:00+08:00',
          language: 'id',
          dateline: 'KOTAUJI',
          originalSource: '',
          body: preview.data.article.body.replace(/\n/g, '\r\n'),
          rawInputBase64: preview.data.rawInputBase64,
          inputKind: 'text',
        }),
      ),
    );
    const saved = await testDb.article.findFirstOrThrow({ where: { title } });
    expect(target).toBe(`/desk/articles/${saved.id}`);
    expect(saved.rawInput).toBe(pasted);
    expect(saved.body).not.toContain('\r');
    expect(saved.publishedUtcOffset).toBe(480);
    expect(saved.publishedAt?.toISOString()).toBe('2026-02-02T02:05:00.000Z');
  });

  it('refuses bad input with a clear message', async () => {
    actAs(team.editor);
    const cases: [FormData, RegExp][] = [
      [formData({ mode: 'text', pasted: '   ' }), /empty/i],
      [formData({ mode: 'text', pasted: 'x'.repeat(1024 * 1024 + 1) }), /1 MB/i],
      [formData({ mode: 'html', pasted: '<html><body><nav>Menu</nav></body></html>' }), /readable|article/i],
      [formData({ mode: 'bogus' }), /Choose how to import/],
    ];
    for (const [form, message] of cases) {
      const result = await previewArticleAction(null, form);
      expect(result.ok).toBe(false);
      expect(result.message).toMatch(message);
    }
    const binary = new FormData();
    binary.append('mode', 'file');
    binary.append('file', new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1])], 'photo.txt'));
    expect((await previewArticleAction(null, binary)).ok).toBe(false);
    const latin1 = new FormData();
    latin1.append('mode', 'file');
    latin1.append('file', new File([new Uint8Array([0x4a, 0x61, 0x6b, 0x61, 0x72, 0x74, 0x61, 0xe9, 0x20, 0x61])], 'old.txt'));
    expect((await previewArticleAction(null, latin1)).message).toMatch(/UTF-8/i);
  });

  it('refuses nobody and viewers', async () => {
    for (const caller of [null, team.viewer]) {
      if (caller) actAs(caller);
      else actAsNobody();
      expect((await previewArticleAction(null, formData({ mode: 'text', pasted: 'Teks apa saja.' }))).ok).toBe(false);
      const title = unique('Forbidden');
      expect(
        (
          await createArticleAction(
            null,
            formData({ title, language: 'id', body: 'Teks.', rawInputBase64: Buffer.from('Teks.').toString('base64'), inputKind: 'text' }),
          )
        ).ok,
      ).toBe(false);
      expect(await testDb.article.count({ where: { title } })).toBe(0);
    }
  });
});

describe('claim actions', () => {
  it('creates a claim anchored with its context and a CREATED event, and finds the source by alias', async () => {
    actAs(team.editor);
    const article = await newArticle();
    const alias = unique('PU alias');
    await testDb.source.create({
      data: { name: unique('Dinas PU'), normalizedName: unique('dinas pu'), kind: 'GOVERNMENT', aliases: [alias] },
    });
    const result = await createClaimAction(
      null,
      withRecordId(article.id, claimForm(BODY, 'jembatan itu ditutup untuk pemeriksaan rutin', { sourceName: alias.toUpperCase() })),
    );
    expect(result.ok).toBe(true);
    const [attribution, more] = await attributionsIn(article.id);
    expect(more).toBeUndefined();
    expect(attribution?.source?.aliases).toEqual([alias]);
    expect(attribution?.quotePrefix.endsWith('Umum mengatakan, ')).toBe(true);
    expect(attribution?.quoteSuffix.startsWith('.\n\nWali Kota')).toBe(true);
    expect(attribution?.claim.language).toBe('id');
    expect(attribution?.claim.events.map((e) => e.kind)).toEqual(['CREATED']);
  });

  it("refuses spans that are not this article's words, and changes nothing", async () => {
    actAs(team.editor);
    const article = await newArticle();
    const other = await newArticle('Teks lain sama sekali berbeda dari artikel pertama, dengan kata-kata lain.');
    const bad: FormData[] = [
      formData({ ...Object.fromEntries(claimForm(BODY, 'jembatan itu retak')), quoteStart: '5000', quoteEnd: '5010' }),
      claimForm(BODY, '\n\n'),
      formData({ ...Object.fromEntries(claimForm(BODY, 'jembatan itu retak')), quoteText: 'kata-kata lain' }),
      formData({ ...Object.fromEntries(claimForm(BODY, 'jembatan itu retak')), stance: 'MAYBE' }),
      formData({ ...Object.fromEntries(claimForm(BODY, 'jembatan itu retak')), quoteStart: 'abc' }),
    ];
    for (const form of bad) expect((await createClaimAction(null, withRecordId(article.id, form))).ok).toBe(false);
    // Offsets and words of another article's body do not match this one.
    const otherWords = 'kata-kata lain';
    const start = 'Teks lain sama sekali berbeda dari artikel pertama, dengan '.length;
    expect(
      (
        await createClaimAction(
          null,
          withRecordId(
            article.id,
            formData({
              ...Object.fromEntries(claimForm(BODY, 'x')),
              quoteStart: String(start),
              quoteEnd: String(start + otherWords.length),
              quoteText: otherWords,
            }),
          ),
        )
      ).ok,
    ).toBe(false);
    expect((await createClaimAction(null, withRecordId('does-not-exist', claimForm(BODY, 'jembatan itu retak')))).ok).toBe(false);
    expect(await testDb.attribution.count({ where: { articleId: { in: [article.id, other.id] } } })).toBe(0);
  });

  it('refuses nobody and viewers on every claim action', async () => {
    actAs(team.editor);
    const article = await newArticle();
    const created = await createClaimAction(null, withRecordId(article.id, claimForm(BODY, 'jembatan itu retak')));
    const claimId = created.ok ? (created.data?.claimId ?? '') : '';
    const attributionId = created.ok ? (created.data?.attributionId ?? '') : '';
    for (const caller of [null, team.viewer]) {
      if (caller) actAs(caller);
      else actAsNobody();
      expect((await createClaimAction(null, withRecordId(article.id, claimForm(BODY, 'Jembatan Merah')))).ok).toBe(false);
      const edit = claimForm(BODY, 'jembatan itu retak', { version: '1', summary: 'Changed' });
      expect((await updateAttributionAction(null, withRecordId(attributionId, edit))).ok).toBe(false);
      expect((await removeAttributionAction(null, withRecordId(attributionId, new FormData()))).ok).toBe(false);
      expect((await suggestClaimsAction(article.id)).ok).toBe(false);
      expect((await acceptSuggestionsAction(article.id, [])).ok).toBe(false);
    }
    const claim = await testDb.claim.findUniqueOrThrow({ where: { id: claimId } });
    expect([claim.summary, claim.deletedAt, claim.version]).toEqual(['Jembatan ditutup untuk pemeriksaan.', null, 1]);
    expect(await testDb.attribution.count({ where: { articleId: article.id } })).toBe(1);
  });

  it('refuses a stale edit and keeps the typed values; deletes softly with an event', async () => {
    actAs(team.editor);
    const article = await newArticle();
    const created = await createClaimAction(null, withRecordId(article.id, claimForm(BODY, 'jembatan itu retak')));
    const claimId = created.ok ? (created.data?.claimId ?? '') : '';
    const attributionId = created.ok ? (created.data?.attributionId ?? '') : '';
    const edit = (summary: string) => claimForm(BODY, 'jembatan itu retak', { version: '1', summary });
    expect((await updateAttributionAction(null, withRecordId(attributionId, edit('First edit')))).ok).toBe(true);
    actAs(team.editor2);
    const stale = await updateAttributionAction(null, withRecordId(attributionId, edit('Second edit')));
    expect(stale).toMatchObject({ ok: false, values: expect.objectContaining({ summary: 'Second edit' }) as unknown });
    // The one conflict message of the claim actions: who changed what since this version was loaded.
    expect(stale.ok ? '' : stale.message).toMatch(
      /^Someone else changed this claim after you opened it, so your change was not saved\. Since you opened it: .+ edited the statement\./,
    );
    expect((await testDb.claim.findUniqueOrThrow({ where: { id: claimId } })).summary).toBe('First edit');
    expect((await removeAttributionAction(null, withRecordId(attributionId, new FormData()))).ok).toBe(true);
    const events = await testDb.claimEvent.findMany({ where: { claimId }, orderBy: { at: 'asc' } });
    expect(events.map((e) => e.kind)).toEqual(['CREATED', 'EDITED', 'DELETED']);
    expect((await testDb.claim.findUniqueOrThrow({ where: { id: claimId } })).deletedAt).not.toBeNull();
  });

  it('re-anchors claims when the body is corrected, and flags the ones whose words are gone', async () => {
    actAs(team.editor);
    const article = await newArticle();
    for (const words of ['jembatan itu ditutup untuk pemeriksaan rutin', 'jembatan itu retak'])
      await createClaimAction(null, withRecordId(article.id, claimForm(BODY, words)));
    const corrected = BODY.replace('KOTAUJI - Jembatan', 'KOTA UJI - Jembatan').replace(
      'membantah bahwa jembatan itu retak',
      'tidak berkomentar',
    );
    const result = await updateArticleAction(
      null,
      withRecordId(
        article.id,
        formData({
          title: 'Jembatan',
          url: '',
          publisher: '',
          author: '',
          publishedAt: '',
          language: 'id',
          dateline: '',
          originalSource: '',
          body: corrected,
        }),
      ),
    );
    expect(result).toMatchObject({ ok: true });
    const claims = await attributionsIn(article.id);
    expect(claims[0]?.needsAttention).toBe(false);
    expect(corrected.slice(claims[0]?.quoteStart, claims[0]?.quoteEnd)).toBe('jembatan itu ditutup untuk pemeriksaan rutin');
    expect(claims[1]?.needsAttention).toBe(true);
    const kinds = await testDb.claimEvent.findMany({ where: { claimId: { in: claims.map((c) => c.claimId) } }, select: { kind: true } });
    expect(kinds.map((k) => k.kind).sort()).toEqual(['CREATED', 'CREATED', 'NEEDS_ATTENTION', 'REANCHORED']);
  });

  it('suggests claims and saves only the accepted ones', async () => {
    actAs(team.editor);
    const article = await newArticle();
    const suggested = await suggestClaimsAction(article.id);
    expect(suggested.ok).toBe(true);
    const suggestions = suggested.ok ? (suggested.data?.suggestions ?? []) : [];
    expect(suggestions.length).toBeGreaterThanOrEqual(2);
    expect(await testDb.attribution.count({ where: { articleId: article.id } })).toBe(0);
    const denial = suggestions.find((s) => s.stance === 'DENIES');
    expect(denial).toBeDefined();
    if (!denial) return;
    const accepted = await acceptSuggestionsAction(article.id, [{ ...denial }]);
    expect(accepted.ok).toBe(true);
    const [claim] = await attributionsIn(article.id);
    expect(claim?.stance).toBe('DENIES');
    expect(claim?.source?.name).toMatch(/Budi Santosa/);
    expect((await acceptSuggestionsAction(article.id, [{ ...denial, quoteStart: 0 }])).ok).toBe(false);
    expect(await testDb.attribution.count({ where: { articleId: article.id } })).toBe(1);
  });
});
