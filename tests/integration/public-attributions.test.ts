// One claim, said in several places (issue 14, readers): the verdict page's snapshot lists every
// attribution in order of appearance, ClaimReview names as author only a source that asserted the
// claim, and a source's track record counts what it asserted apart from what it denied. Also: a
// version 2 snapshot, converted by the migration's claimdesk_snapshot_to_v3, still reads whole.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { readSnapshot } from '@/lib/claims/public-snapshot';
import { claimReviewOf } from '@/lib/claims/published-claim';
import { getSourceTrackRecord, searchPublishedClaims } from '@/lib/data/public-index';
import { getPublishedClaim } from '@/lib/data/published-claims';
import { createTeam, createTestClaim, snapshotPublishedClaims, testDb, unique } from '../support/factories';

const site = { baseUrl: 'https://cek.example.org', organization: { name: 'Cek Fakta', url: 'https://cek.example.org' } };
const MINISTRY_QUOTE = 'sebuah SU-25 Armenia ditembak jatuh oleh F-16 Turki';
const DENIAL_QUOTE = 'tuduhan itu sebagai propaganda murahan';
const OWN_QUOTE = 'pesawatnya tidak terbang di wilayah itu';
const BODY_A = `YEREVAN - Kementerian Pertahanan Armenia mengatakan ${MINISTRY_QUOTE}.\n\nTurki belum berkomentar.`;
const BODY_B = `ANKARA - Turki menolak ${DENIAL_QUOTE}.\n\nTurki mengatakan ${OWN_QUOTE}.`;

let team: Awaited<ReturnType<typeof createTeam>>;
let marker: string;
const ids = { ministry: '', turkey: '', articleA: '', articleB: '', both: '', onlyDenied: '', turkeyAsserted: '' };

const span = (body: string, quote: string) => ({
  quoteStart: body.indexOf(quote),
  quoteEnd: body.indexOf(quote) + quote.length,
  quoteText: quote,
});
const search = (fields: Partial<Parameters<typeof searchPublishedClaims>[0]>) =>
  searchPublishedClaims({ q: '', verdict: null, sourceId: null, sourceName: '', from: null, to: null, page: 1, ...fields });

beforeAll(async () => {
  team = await createTeam();
  marker = unique('su').replace('-', '');
  const source = (name: string) =>
    testDb.source.create({ data: { name: `${name} ${marker}`, normalizedName: `${name} ${marker}`.toLowerCase(), kind: 'GOVERNMENT' } });
  const [ministry, turkey] = await Promise.all([source('Kementerian Pertahanan Armenia'), source('Turki')]);
  const article = (title: string, body: string, day: number) =>
    testDb.article.create({
      data: {
        title: `${title} ${marker}`,
        body,
        rawInput: body,
        url: `https://news.example/${marker}/${day}`,
        publisher: day === 29 ? 'Kompas Uji' : 'Warta Lain',
        publishedAt: new Date(Date.UTC(2020, 8, day, 8)),
        language: 'id',
        createdById: team.editor.id,
      },
    });
  const [a, b] = await Promise.all([article('SU-25 ditembak jatuh', BODY_A, 29), article('Turki membantah', BODY_B, 30)]);
  const published = {
    language: 'id',
    publication: 'PUBLISHED' as const,
    publishedAt: new Date(),
    verdictById: team.editor.id,
    reviewedById: team.editor2.id,
    createdById: team.editor.id,
  };
  // The denial is linked first and the ministry's words a day later: readers still see them in the
  // order the articles appeared.
  const both = await createTestClaim({ ...published, summary: `F-16 Turki menembak jatuh SU-25 Armenia ${marker}`, status: 'FALSE' }, [
    {
      articleId: b.id,
      sourceId: turkey.id,
      stance: 'DENIES',
      cue: 'menolak',
      createdAt: new Date('2026-01-01T00:00:00Z'),
      ...span(BODY_B, DENIAL_QUOTE),
    },
    {
      articleId: a.id,
      sourceId: ministry.id,
      cue: 'mengatakan',
      createdAt: new Date('2026-01-02T00:00:00Z'),
      ...span(BODY_A, MINISTRY_QUOTE),
    },
  ]);
  const onlyDenied = await createTestClaim({ ...published, summary: `Propaganda murahan ${marker}`, status: 'FALSE' }, [
    { articleId: b.id, sourceId: turkey.id, stance: 'DENIES', cue: 'menolak', ...span(BODY_B, DENIAL_QUOTE) },
  ]);
  const turkeyAsserted = await createTestClaim({ ...published, summary: `Pesawat Turki tidak terbang ${marker}`, status: 'TRUE' }, [
    { articleId: b.id, sourceId: turkey.id, cue: 'mengatakan', ...span(BODY_B, OWN_QUOTE) },
  ]);
  await snapshotPublishedClaims();
  Object.assign(ids, {
    ministry: ministry.id,
    turkey: turkey.id,
    articleA: a.id,
    articleB: b.id,
    both: both.id,
    onlyDenied: onlyDenied.id,
    turkeyAsserted: turkeyAsserted.id,
  });
});

describe('a claim said in two articles, asserted by one source and denied by another', () => {
  it('shows readers every attribution with its stance, in order of appearance', async () => {
    const claim = await getPublishedClaim(ids.both);
    expect(claim?.language).toBe('id');
    expect(claim?.attributions.map((a) => [a.source?.name, a.stance, a.article.title])).toEqual([
      [`Kementerian Pertahanan Armenia ${marker}`, 'ASSERTS', `SU-25 ditembak jatuh ${marker}`],
      [`Turki ${marker}`, 'DENIES', `Turki membantah ${marker}`],
    ]);
    expect(claim?.attributions.map((a) => a.quote)).toEqual([
      { text: MINISTRY_QUOTE, before: 'YEREVAN - Kementerian Pertahanan Armenia mengatakan ', after: '.' },
      { text: DENIAL_QUOTE, before: 'ANKARA - Turki menolak ', after: '.' },
    ]);
  });

  it('gives ClaimReview the asserting source as author, both articles as appearances, the earliest first', async () => {
    const claim = await getPublishedClaim(ids.both);
    const review = claim ? claimReviewOf(site, claim) : null;
    expect(review?.itemReviewed).toMatchObject({
      author: { '@type': 'Organization', name: `Kementerian Pertahanan Armenia ${marker}` },
      datePublished: '2020-09-29T08:00:00.000Z',
      appearance: [{ url: `https://news.example/${marker}/29` }, { url: `https://news.example/${marker}/30` }],
      firstAppearance: { url: `https://news.example/${marker}/29`, publisher: { name: 'Kompas Uji' } },
    });
  });

  it('names no author for a claim that was only ever denied', async () => {
    const claim = await getPublishedClaim(ids.onlyDenied);
    const review = claim ? claimReviewOf(site, claim) : null;
    expect(review?.itemReviewed).not.toHaveProperty('author');
    expect(review?.itemReviewed.appearance).toEqual([expect.objectContaining({ url: `https://news.example/${marker}/30` })]);
  });

  it('lists the claim under where it was first said, and finds it by the denier too', async () => {
    const found = await search({ q: 'F-16 ' + marker });
    expect(found.items.map((i) => [i.id, i.sourceName, i.articleTitle])).toEqual([
      [ids.both, `Kementerian Pertahanan Armenia ${marker}`, `SU-25 ditembak jatuh ${marker}`],
    ]);
    expect((await search({ sourceId: ids.turkey })).items.map((i) => i.id).sort()).toEqual(
      [ids.both, ids.onlyDenied, ids.turkeyAsserted].sort(),
    );
  });
});

describe("a source's track record", () => {
  it('counts the verdicts on what it asserted apart from those on what it denied', async () => {
    const turkey = await getSourceTrackRecord(ids.turkey);
    expect(turkey).toMatchObject({ total: 3, counts: { TRUE: 1 }, deniedCounts: { FALSE: 2 } });
    expect(Object.fromEntries(turkey?.claims.map((c) => [c.id, c.sourceStance]) ?? [])).toEqual({
      [ids.both]: 'DENIES',
      [ids.onlyDenied]: 'DENIES',
      [ids.turkeyAsserted]: 'ASSERTS',
    });
    const ministry = await getSourceTrackRecord(ids.ministry);
    expect(ministry).toMatchObject({ total: 1, counts: { FALSE: 1 }, deniedCounts: {} });
    expect(ministry?.claims.map((c) => c.sourceStance)).toEqual(['ASSERTS']);
  });
});

describe('a version 2 snapshot converted by the migration (claimdesk_snapshot_to_v3)', () => {
  /** A published claim whose one attribution has the claim's id, as the migration made them. */
  async function claimWithV2Snapshot(stance: 'ASSERTS' | 'DENIES') {
    const id = unique('v2claim').replace('-', '');
    await createTestClaim(
      {
        ...{ id, summary: `Dua snapshot ${marker} ${stance}`, status: 'MISLEADING', publication: 'PUBLISHED', publishedAt: new Date() },
        createdById: team.editor.id,
      },
      { id, articleId: ids.articleA, sourceId: ids.ministry, stance, cue: 'mengatakan', ...span(BODY_A, MINISTRY_QUOTE) },
    );
    // What the version 2 builder (public_snapshot_v2 migration) stored: one quote, source and article, no language.
    const v2 = {
      version: 2,
      id,
      summary: `Dua snapshot ${marker} ${stance}`,
      status: 'MISLEADING',
      explanation: 'Approved before the claim/attribution model.',
      cue: 'mengatakan',
      stance,
      publishedAt: '2026-11-01T08:00:00.000Z',
      approvedAt: '2026-11-02T08:00:00.000Z',
      quote: { text: MINISTRY_QUOTE, before: 'YEREVAN - Kementerian Pertahanan Armenia mengatakan ', after: '.' },
      source: { id: ids.ministry, name: `Kementerian Pertahanan Armenia ${marker}`, kind: 'GOVERNMENT' },
      article: {
        title: `SU-25 ditembak jatuh ${marker}`,
        url: `https://news.example/${marker}/29`,
        publisher: 'Kompas Uji',
        author: null,
        publishedAt: '2020-09-29T08:00:00.000Z',
        publishedUtcOffset: 420,
        language: 'en',
      },
      evidence: [],
      corrections: [{ id: 'k1', what: 'Verdict changed', why: 'New figures', at: '2026-11-03T08:00:00.000Z' }],
      reviewer: { name: 'Dewi' },
    };
    await testDb.claim.update({ where: { id }, data: { publicSnapshot: v2 } });
    return { id, v2 };
  }

  it('becomes a readable version 3 snapshot with one attribution that has the claim id', async () => {
    const { id, v2 } = await claimWithV2Snapshot('DENIES');
    const [row] = await testDb.$queryRaw<
      { converted: unknown }[]
    >`SELECT claimdesk_snapshot_to_v3(${JSON.stringify(v2)}::jsonb) AS converted`;
    const reading = readSnapshot(row?.converted);
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    expect(reading.snapshot).toMatchObject({ version: 3, id, language: 'en', status: 'MISLEADING', reviewer: { name: 'Dewi' } });
    expect(reading.snapshot.attributions).toEqual([
      {
        id,
        cue: 'mengatakan',
        stance: 'DENIES',
        quote: v2.quote,
        source: v2.source,
        article: { ...v2.article, publishedAt: new Date(v2.article.publishedAt) },
      },
    ]);
    expect(reading.snapshot.corrections[0]?.at).toEqual(new Date('2026-11-03T08:00:00.000Z'));
    expect(row?.converted).not.toHaveProperty('quote');
    expect(row?.converted).not.toHaveProperty('source');
  });

  it('is converted in place when a reader opens the page, then shows up on the source page and in search', async () => {
    const { id } = await claimWithV2Snapshot('ASSERTS');
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const claim = await getPublishedClaim(id);
    expect(errors).toHaveBeenCalledWith(expect.stringContaining('old version'));
    errors.mockRestore();
    expect(claim).toMatchObject({ version: 3, language: 'en', attributions: [{ id, stance: 'ASSERTS', quote: { text: MINISTRY_QUOTE } }] });
    const stored = await testDb.claim.findUniqueOrThrow({ where: { id }, select: { publicSnapshot: true } });
    expect(readSnapshot(stored.publicSnapshot).ok).toBe(true);
    expect((await getSourceTrackRecord(ids.ministry))?.claims.map((c) => c.id)).toContain(id);
    expect((await search({ q: `snapshot ${marker}` })).items.map((i) => i.id)).toContain(id);
  });

  it('takes a version 1 snapshot (the whole view, body included) through version 2 to version 3', async () => {
    const { id, v2 } = await claimWithV2Snapshot('ASSERTS');
    const { quote: _quote, ...rest } = v2;
    const v1 = {
      ...rest,
      version: undefined,
      updatedAt: v2.approvedAt,
      ...span(BODY_A, MINISTRY_QUOTE),
      article: { ...v2.article, body: BODY_A },
    };
    const [row] = await testDb.$queryRaw<
      { converted: unknown }[]
    >`SELECT claimdesk_snapshot_to_v3(${JSON.stringify(v1)}::jsonb) AS converted`;
    const reading = readSnapshot(row?.converted);
    expect(reading.ok && reading.snapshot.attributions.map((a) => [a.id, a.quote])).toEqual([[id, v2.quote]]);
    expect(JSON.stringify(row?.converted)).not.toContain('Turki belum berkomentar');
  });
});
