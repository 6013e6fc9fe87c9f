// One claim, many attributions: linking words to an existing claim, answers joining the claim they
// answer, removing, moving and merging, and the statement rules; each refusal changes nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import { moveAttributionAction, mergeClaimAction } from '@/lib/actions/claim-merge';
import { removeAttributionAction } from '@/lib/actions/attributions';
import { createClaimAction, linkAttributionAction } from '@/lib/actions/claims';
import { approveClaimAction, submitForReviewAction } from '@/lib/actions/review';
import { acceptSuggestionsAction, suggestClaimsAction } from '@/lib/actions/suggestions';
import { getClaimPage } from '@/lib/data/claim-page';
import { getMergeSurvivor } from '@/lib/data/published-claims';
import { matchPool } from '@/lib/db/match-pool';
import { forgetTermStats } from '@/lib/matching/term-stats-cache';
import { createTeam, createTestClaim, formData, snapshotPublishedClaims, testDb, unique } from '../support/factories';
import { actAs } from '../support/session-double';
import { describeNote } from '@/lib/i18n/correction-note';
import { withRecordId } from '@/lib/actions/record-field';

let team: Awaited<ReturnType<typeof createTeam>>;
const FIRST =
  'Kementerian Pertahanan Armenia mengatakan sebuah jet SU-25 Armenia ditembak jatuh oleh F-16 Turki.\n\nTurki menolak tuduhan itu sebagai "propaganda murahan".';
const SECOND = 'Menurut kantor berita Armenpress, jet SU-25 Armenia ditembak jatuh oleh F-16 Turki di atas wilayah Armenia.';

async function newArticle(body: string) {
  return testDb.article.create({ data: { title: unique('Artikel'), body, rawInput: body, language: 'id', createdById: team.editor.id } });
}

function selection(body: string, words: string, extra: Record<string, string> = {}) {
  const start = body.indexOf(words);
  if (start < 0) throw new Error(`not in body: ${words}`);
  return formData({
    quoteStart: String(start),
    quoteEnd: String(start + words.length),
    quoteText: words,
    sourceName: 'Armenpress',
    sourceKind: 'MEDIA',
    cue: 'menurut',
    stance: 'ASSERTS',
    summary: 'F-16 Turki menembak jatuh SU-25 Armenia',
    status: 'UNSTARTED',
    ...extra,
  });
}

const QUOTE_SECOND = 'jet SU-25 Armenia ditembak jatuh oleh F-16 Turki di atas wilayah Armenia';

async function publishedClaim(body = FIRST, words = 'sebuah jet SU-25 Armenia ditembak jatuh oleh F-16 Turki') {
  const article = await newArticle(body);
  const claim = await createTestClaim(
    {
      summary: unique('F-16 Turki menembak jatuh SU-25 Armenia'),
      status: 'FALSE',
      explanation: 'Tidak ada bukti. Radar menunjukkan hal lain.',
      publication: 'PUBLISHED',
      publishedAt: new Date(),
      createdById: team.editor.id,
      verdictById: team.editor.id,
      reviewedById: team.editor2.id,
    },
    { articleId: article.id, quoteStart: body.indexOf(words), quoteEnd: body.indexOf(words) + words.length, quoteText: words },
  );
  await snapshotPublishedClaims();
  return claim;
}

beforeAll(async () => {
  team = await createTeam();
});

describe('linking words to an existing claim', () => {
  it('adds an attribution and its event; a published claim goes to review with the appearance, readers keep the approved page', async () => {
    actAs(team.editor);
    const claim = await publishedClaim();
    const article = await newArticle(SECOND);
    const result = await linkAttributionAction(null, withRecordId(article.id, selection(SECOND, QUOTE_SECOND, { claimId: claim.id })));
    expect(result).toMatchObject({ ok: true, data: { claimId: claim.id } });
    const after = await testDb.claim.findUniqueOrThrow({ where: { id: claim.id }, include: { attributions: true, events: true } });
    expect(after.attributions.map((a) => a.articleId).sort()).toEqual(
      [claim.id ? after.attributions[0]!.articleId : '', article.id].sort(),
    );
    expect(after.attributions).toHaveLength(2);
    expect(after.events.map((e) => e.kind)).toEqual(expect.arrayContaining(['ATTRIBUTION_ADDED', 'CORRECTED']));
    expect(after.publication).toBe('IN_REVIEW');
    expect(describeNote('en', after.publicOutOfDate ?? '')).toMatch(/another place/);
    expect(describeNote('id', after.publicOutOfDate ?? '')).toBe('tempat lain klaim ini diucapkan ditautkan kepadanya');
    // The snapshot readers see still has the one approved appearance until a second editor approves.
    expect((after.publicSnapshot as { attributions: unknown[] }).attributions).toHaveLength(1);
  });

  it('does not let whoever linked words to a claim in review approve it; another editor can', async () => {
    const article = await newArticle(FIRST);
    const words = 'sebuah jet SU-25 Armenia ditembak jatuh oleh F-16 Turki';
    const start = FIRST.indexOf(words);
    const claim = await createTestClaim(
      {
        summary: unique('F-16 Turki menembak jatuh SU-25 Armenia'),
        status: 'FALSE',
        explanation: 'Tidak ada bukti. Radar menunjukkan hal lain.',
        createdById: team.editor.id,
        verdictById: team.editor.id,
      },
      { articleId: article.id, quoteStart: start, quoteEnd: start + words.length, quoteText: words },
    );
    await testDb.evidence.create({
      data: {
        claimId: claim.id,
        url: 'https://example.org/radar',
        title: 'Radar',
        note: '',
        relation: 'REFUTES',
        addedById: team.editor.id,
      },
    });
    actAs(team.editor);
    expect(await submitForReviewAction(null, withRecordId(claim.id, formData({ version: '1' })))).toMatchObject({ ok: true });
    actAs(team.editor2);
    const second = await newArticle(SECOND);
    expect(
      await linkAttributionAction(null, withRecordId(second.id, selection(SECOND, QUOTE_SECOND, { claimId: claim.id }))),
    ).toMatchObject({
      ok: true,
    });
    const { version } = await testDb.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(await approveClaimAction(null, withRecordId(claim.id, formData({ version: String(version) })))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/You changed this claim while it waited for review/) as unknown,
    });
    expect((await testDb.claim.findUniqueOrThrow({ where: { id: claim.id } })).publication).toBe('IN_REVIEW');
    actAs(team.admin);
    expect(await approveClaimAction(null, withRecordId(claim.id, formData({ version: String(version) })))).toMatchObject({ ok: true });
  });

  it('refuses an unknown, malformed or deleted claim, and changes nothing', async () => {
    actAs(team.editor);
    const article = await newArticle(SECOND);
    const deleted = await createTestClaim(
      { summary: unique('deleted'), createdById: team.editor.id, deletedAt: new Date() },
      { articleId: article.id, quoteStart: 0, quoteEnd: 7, quoteText: 'Menurut' },
    );
    expect(await linkAttributionAction(null, withRecordId(article.id, selection(SECOND, QUOTE_SECOND, { claimId: '' })))).toMatchObject({
      ok: false,
      errors: { claimId: [expect.stringMatching(/Choose the claim/)] },
    });
    for (const claimId of ['cl0000000000000000unknown', "x' OR 1=1", deleted.id]) {
      const result = await linkAttributionAction(null, withRecordId(article.id, selection(SECOND, QUOTE_SECOND, { claimId })));
      expect(result.ok).toBe(false);
      expect(result.ok ? '' : result.message).toMatch(/claim/i);
    }
    expect(await testDb.attribution.count({ where: { articleId: article.id } })).toBe(1);
    actAs(team.viewer);
    expect((await linkAttributionAction(null, withRecordId(article.id, selection(SECOND, QUOTE_SECOND, { claimId: deleted.id })))).ok).toBe(
      false,
    );
  });
});

describe('accepting suggestions', () => {
  it('makes the denial an attribution of the claim it answers: one claim, the ministry asserts and Turkey denies', async () => {
    actAs(team.editor);
    const article = await newArticle(FIRST);
    const suggested = await suggestClaimsAction(article.id);
    const suggestions = suggested.ok ? (suggested.data?.suggestions ?? []) : [];
    const denial = suggestions.find((s) => s.stance === 'DENIES' && s.answersKey);
    expect(denial).toBeDefined();
    const answered = suggestions.find((s) => s.key === denial?.answersKey);
    expect(answered).toBeDefined();
    if (!denial || !answered) return;
    // The denial alone first: it waits for nothing, and joins the answered claim once that is saved.
    expect((await acceptSuggestionsAction(article.id, [answered, denial])).ok).toBe(true);
    const claims = await testDb.claim.findMany({
      where: { attributions: { some: { articleId: article.id } } },
      include: { attributions: { include: { source: true }, orderBy: { quoteStart: 'asc' } } },
    });
    expect(claims).toHaveLength(1);
    const [claim] = claims;
    expect(claim?.attributions.map((a) => a.stance)).toEqual(['ASSERTS', 'DENIES']);
    expect(claim?.attributions[0]?.source?.name).toMatch(/Kementerian Pertahanan Armenia/);
    expect(claim?.attributions[1]?.source?.name).toMatch(/Turki/);
  });
});

describe('checked before', () => {
  it('offers a claim already in the desk for a suggestion that repeats it, and one click adds the words to it', async () => {
    actAs(team.editor);
    // Words no other test uses: the desk holds one claim that says them.
    const words = 'bendungan Karatoka di Zolvania retak sejak banjir besar';
    const published = await publishedClaim(`Gubernur Zolvania mengatakan ${words}.`, words);
    // The matcher's word statistics are a minute old at most: this test does not wait for them.
    forgetTermStats(matchPool());
    const repeat = `Menurut Kepala Desa Sugih, ${words} pada Selasa.`;
    const article = await newArticle(repeat);
    const suggested = await suggestClaimsAction(article.id);
    const suggestions = suggested.ok ? (suggested.data?.suggestions ?? []) : [];
    const repeated = suggestions.find((s) => s.checkedBefore);
    // Only the repeated statement: the rest of the article is new.
    expect(suggestions.filter((s) => s.checkedBefore)).toHaveLength(1);

    expect(repeated?.checkedBefore).toMatchObject({ claimId: published.id, publicStatus: 'FALSE' });
    if (!repeated?.checkedBefore) return;
    const linked = await acceptSuggestionsAction(article.id, [{ ...repeated, claimId: repeated.checkedBefore.claimId }]);
    expect(linked).toMatchObject({ ok: true, data: { claimIds: [published.id] } });
    expect(await testDb.attribution.count({ where: { claimId: published.id } })).toBe(2);
    // A claim that is gone is refused, and nothing is saved.
    const again = await acceptSuggestionsAction(article.id, [{ ...repeated, claimId: 'cl0000000000000000unknown' }]);
    expect(again.ok).toBe(false);
    expect(await testDb.attribution.count({ where: { articleId: article.id } })).toBe(1);
  });
});

describe('removing, moving and merging', () => {
  it('removes one place of a claim, deletes a claim with its last place, and refuses the last place of a published claim', async () => {
    actAs(team.editor);
    const article = await newArticle(SECOND);
    const created = await createClaimAction(null, withRecordId(article.id, selection(SECOND, QUOTE_SECOND)));
    const claimId = created.ok ? (created.data?.claimId ?? '') : '';
    const other = await newArticle(FIRST);
    const linked = await linkAttributionAction(
      null,
      withRecordId(other.id, selection(FIRST, 'Turki menolak tuduhan itu', { claimId, stance: 'DENIES' })),
    );
    const linkedId = linked.ok ? (linked.data?.attributionId ?? '') : '';
    expect((await removeAttributionAction(null, withRecordId(linkedId, new FormData()))).ok).toBe(true);
    expect(await testDb.claim.findUniqueOrThrow({ where: { id: claimId }, select: { deletedAt: true } })).toEqual({ deletedAt: null });
    const firstId = created.ok ? (created.data?.attributionId ?? '') : '';
    expect((await removeAttributionAction(null, withRecordId(firstId, new FormData()))).ok).toBe(true);
    expect((await testDb.claim.findUniqueOrThrow({ where: { id: claimId } })).deletedAt).not.toBeNull();
    const published = await publishedClaim();
    const only = await testDb.attribution.findFirstOrThrow({ where: { claimId: published.id } });
    expect(await removeAttributionAction(null, withRecordId(only.id, new FormData()))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/unpublish/) as unknown,
    });
    expect(await testDb.attribution.count({ where: { claimId: published.id } })).toBe(1);
  });

  it('moves an attribution with an event on both claims, and refuses moving into itself, the last place of a published claim, or a stale version', async () => {
    actAs(team.editor);
    const article = await newArticle(SECOND);
    const a = await createClaimAction(null, withRecordId(article.id, selection(SECOND, 'jet SU-25 Armenia', { summary: 'A' })));
    const b = await createClaimAction(null, withRecordId(article.id, selection(SECOND, 'di atas wilayah Armenia', { summary: 'B' })));
    const aId = a.ok ? (a.data?.claimId ?? '') : '';
    const bId = b.ok ? (b.data?.claimId ?? '') : '';
    const extra = await linkAttributionAction(null, withRecordId(article.id, selection(SECOND, 'F-16 Turki', { claimId: aId })));
    const extraId = extra.ok ? (extra.data?.attributionId ?? '') : '';
    const version = (await testDb.claim.findUniqueOrThrow({ where: { id: aId } })).version;
    expect((await moveAttributionAction(null, withRecordId(extraId, formData({ targetId: aId, version: String(version) })))).ok).toBe(
      false,
    );
    expect((await moveAttributionAction(null, withRecordId(extraId, formData({ targetId: bId, version: String(version - 1) })))).ok).toBe(
      false,
    );
    expect(await testDb.attribution.findUniqueOrThrow({ where: { id: extraId } })).toMatchObject({ claimId: aId });
    expect((await moveAttributionAction(null, withRecordId(extraId, formData({ targetId: bId, version: String(version) })))).ok).toBe(true);
    expect(await testDb.attribution.findUniqueOrThrow({ where: { id: extraId } })).toMatchObject({ claimId: bId });
    for (const id of [aId, bId]) expect(await testDb.claimEvent.count({ where: { claimId: id, kind: 'ATTRIBUTION_MOVED' } })).toBe(1);

    const published = await publishedClaim();
    const only = await testDb.attribution.findFirstOrThrow({ where: { claimId: published.id } });
    const refused = await moveAttributionAction(
      null,
      withRecordId(only.id, formData({ targetId: bId, version: String(published.version) })),
    );
    expect(refused).toMatchObject({ ok: false, message: expect.stringMatching(/only place/) as unknown });
  });

  it('merges a claim into another: the survivor keeps both histories and places, the merged URL leads to the survivor', async () => {
    actAs(team.editor);
    const survivor = await publishedClaim();
    const article = await newArticle(SECOND);
    const created = await createClaimAction(null, withRecordId(article.id, selection(SECOND, QUOTE_SECOND)));
    const mergedId = created.ok ? (created.data?.claimId ?? '') : '';
    const self = await mergeClaimAction(null, withRecordId(mergedId, formData({ targetId: mergedId, version: '1' })));
    expect(self).toMatchObject({ ok: false, message: expect.stringMatching(/itself/) as unknown });
    expect(
      (await mergeClaimAction(null, withRecordId(mergedId, formData({ targetId: 'cl0000000000000000unknown', version: '1' })))).ok,
    ).toBe(false);
    expect((await mergeClaimAction(null, withRecordId(mergedId, formData({ targetId: survivor.id, version: '7' })))).ok).toBe(false);
    expect((await testDb.claim.findUniqueOrThrow({ where: { id: mergedId } })).deletedAt).toBeNull();

    // Success opens the survivor's page (Next's redirect signal carries the address).
    await expect(mergeClaimAction(null, withRecordId(mergedId, formData({ targetId: survivor.id, version: '1' })))).rejects.toMatchObject({
      digest: expect.stringContaining(`;/desk/claims/${survivor.id}?merged=1`) as unknown,
    });
    const merged = await testDb.claim.findUniqueOrThrow({ where: { id: mergedId } });
    expect(merged.mergedIntoId).toBe(survivor.id);
    expect(merged.deletedAt).not.toBeNull();
    const kept = await testDb.claim.findUniqueOrThrow({ where: { id: survivor.id }, include: { attributions: true, events: true } });
    expect(kept.attributions).toHaveLength(2);
    expect(kept.events.map((e) => e.kind)).toEqual(expect.arrayContaining(['MERGED']));
    // Both histories show on the survivor's page: its own events and the merged claim's.
    actAs(team.viewer);
    const page = await getClaimPage(survivor.id);
    expect(page?.events.filter((e) => e.kind === 'MERGED')).toHaveLength(2);
    expect(page?.events.some((e) => e.kind === 'CREATED')).toBe(true);
    actAs(team.editor);
    expect(kept.publication).toBe('IN_REVIEW');
    // Readers of the merged claim's address are sent to the survivor (its approved page).
    expect((await getMergeSurvivor(mergedId))?.id).toBe(survivor.id);
    // A published claim cannot be merged into one readers cannot see.
    const draft = await createClaimAction(
      null,
      withRecordId(article.id, selection(SECOND, 'Menurut kantor berita Armenpress', { summary: 'C' })),
    );
    const draftId = draft.ok ? (draft.data?.claimId ?? '') : '';
    const published = await publishedClaim();
    const refused = await mergeClaimAction(
      null,
      withRecordId(published.id, formData({ targetId: draftId, version: String(published.version) })),
    );
    expect(refused).toMatchObject({ ok: false, message: expect.stringMatching(/other one into this one/) as unknown });
  });
});

describe('statement rules', () => {
  it('refuse review while the statement is still the quoted words, or its quotation marks do not pair', async () => {
    actAs(team.editor);
    const article = await newArticle(FIRST);
    const words = 'tuduhan itu sebagai "propaganda murahan';
    const start = FIRST.indexOf(words);
    const claim = await createTestClaim(
      {
        summary: words,
        status: 'FALSE',
        explanation: 'Tidak ada bukti. Radar menunjukkan hal lain.',
        verdictById: team.editor.id,
        createdById: team.editor.id,
        evidence: { create: { url: 'https://data.example/radar', title: 'Radar', relation: 'REFUTES', addedById: team.editor.id } },
      },
      { articleId: article.id, quoteStart: start, quoteEnd: start + words.length, quoteText: words },
    );
    const refused = await submitForReviewAction(null, withRecordId(claim.id, formData({ version: '1' })));
    expect(refused.ok).toBe(false);
    expect(refused.ok ? '' : refused.message).toMatch(/exactly the quoted words/);
    expect(refused.ok ? '' : refused.message).toMatch(/quotation mark/);
    expect((await testDb.claim.findUniqueOrThrow({ where: { id: claim.id } })).publication).toBe('DRAFT');
    await testDb.claim.update({ where: { id: claim.id }, data: { summary: 'Turki menembak jatuh SU-25 Armenia' } });
    expect((await submitForReviewAction(null, withRecordId(claim.id, formData({ version: '1' })))).ok).toBe(true);
  });
});
