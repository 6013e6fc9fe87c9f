import { spawnSync } from 'node:child_process';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as publicCsv } from '@/app/(public)/claims.csv/route';
import { GET as publicJson } from '@/app/(public)/claims.json/route';
import { GET as deskExport } from '@/app/api/export/route';
import { claimReviewOf } from '@/lib/claims/published-claim';
import { exportPool, readExportClaims } from '@/lib/data/export-claims';
import { getPublishedClaim } from '@/lib/data/published-claims';
import { DEFAULT_FILTERS } from '@/lib/export/filters';
import type { AttributionRecord } from '@/lib/export/attribution-record';
import type { ExportRecord } from '@/lib/export/record';
import type { ClaimStatus, Publication } from '@/lib/generated/prisma/enums';
import { getPublicSite } from '@/lib/public-site';
import { createTeam, createTestClaim, snapshotPublishedClaims, testDb, unique, type TestAttribution } from '../support/factories';
import { actAs, actAsNobody } from '../support/session-double';

// Text that breaks naive CSV and JSON writers: quotes, commas, line breaks, Indonesian, emoji, a leading "=".
const HOSTILE = '=HYPERLINK("http://evil.example") "Kami menolak," kata Bupati, tanggul jebol 😀\nBaris kedua: Rp1.000.000, “kutipan”';

let team: Awaited<ReturnType<typeof createTeam>>;
let articleId: string;
let otherArticleId: string;
let sourceId: string;
let denierId: string;
const ids: Record<string, string> = {};
const QUOTE = '"Tanggul, jebol"\r\nkatanya';

interface Setup {
  status: ClaimStatus;
  publication: Publication;
  publishedAt?: Date;
  deletedAt?: Date;
  article?: string;
  summary?: string;
  language?: string;
  /** Said in the article by @Bupati Kendal, unless given. */
  attributions?: TestAttribution[];
}

const quoted = (article: string, more: Partial<TestAttribution> = {}): TestAttribution => ({
  articleId: article,
  sourceId,
  quoteStart: 0,
  quoteEnd: QUOTE.length,
  quoteText: QUOTE,
  cue: 'mengatakan',
  stance: 'ASSERTS',
  ...more,
});

async function claim(name: string, { article = articleId, summary = `${HOSTILE} ${name}`, attributions, ...fields }: Setup) {
  const created = await createTestClaim(
    {
      summary,
      explanation: `-1 penjelasan, dengan "kutipan"`,
      createdById: team.editor.id,
      reviewedById: fields.publication === 'PUBLISHED' ? team.editor2.id : null,
      ...fields,
    },
    attributions ?? [quoted(article)],
  );
  ids[name] = created.id;
  return created;
}

beforeAll(async () => {
  team = await createTeam();
  const source = await testDb.source.create({ data: { name: '@Bupati Kendal', normalizedName: unique('bupati kendal'), kind: 'PERSON' } });
  sourceId = source.id;
  const denier = await testDb.source.create({
    data: { name: 'Kementerian PUPR', normalizedName: unique('kementerian pupr'), kind: 'GOVERNMENT' },
  });
  denierId = denier.id;
  const article = await testDb.article.create({
    data: {
      title: 'Tanggul "jebol", kata bupati',
      url: 'https://news.example/tanggul',
      publisher: 'Kompas.com',
      publishedAt: new Date('2025-02-28T08:00:00Z'),
      language: 'id',
      body: QUOTE,
      rawInput: QUOTE,
      createdById: team.editor.id,
    },
  });
  articleId = article.id;
  const other = await testDb.article.create({
    data: { title: 'Dam report', language: 'en', body: QUOTE, rawInput: QUOTE, createdById: team.editor.id },
  });
  otherArticleId = other.id;
  // Said by the Bupati in one article, denied by the ministry a day later in another.
  const published = await claim('published', {
    status: 'FALSE',
    publication: 'PUBLISHED',
    publishedAt: new Date('2025-03-01T10:00:00Z'),
    attributions: [quoted(otherArticleId, { sourceId: denierId, cue: 'membantah', stance: 'DENIES' }), quoted(articleId)],
  });
  await testDb.article.update({ where: { id: otherArticleId }, data: { publishedAt: new Date('2025-03-01T06:00:00Z') } });
  await testDb.evidence.create({
    data: {
      claimId: published.id,
      url: 'https://data.example/a?x=1,2',
      title: 'Data, "resmi"',
      relation: 'REFUTES',
      addedById: team.editor.id,
    },
  });
  await testDb.evidence.create({
    data: { claimId: published.id, url: 'https://data.example/b', title: 'Lagi', relation: 'CONTEXT', addedById: team.editor.id },
  });
  await testDb.correction.create({
    data: { claimId: published.id, what: 'Rating', why: 'Data baru', authorId: team.editor.id, at: new Date('2025-03-04T09:00:00Z') },
  });
  await claim('publishedEn', {
    status: 'TRUE',
    publication: 'PUBLISHED',
    publishedAt: new Date('2025-03-10T10:00:00Z'),
    article: otherArticleId,
    summary: 'Plain English claim',
    language: 'en',
  });
  await claim('draft', { status: 'MISLEADING', publication: 'DRAFT' });
  await claim('inReview', { status: 'TRUE', publication: 'IN_REVIEW' });
  await claim('deleted', {
    status: 'FALSE',
    publication: 'PUBLISHED',
    publishedAt: new Date('2025-03-02T10:00:00Z'),
    deletedAt: new Date(),
  });
  // As approval would: after the evidence is in place.
  await snapshotPublishedClaims();
});

const get = (handler: (r: Request) => Promise<Response>, path: string) => handler(new Request(`http://localhost${path}`));

async function csvRecords(response: Response) {
  const bytes = new Uint8Array(await response.arrayBuffer());
  // response.text() would drop the BOM while decoding: check the bytes Excel sees.
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parse<Record<string, string>>(Buffer.from(bytes), { bom: true, columns: true });
}

describe('desk export (/api/export)', () => {
  it('streams CSV that a CSV parser reads back exactly, formulas neutralised', async () => {
    actAs(team.editor);
    const response = await get(deskExport, `/api/export?format=csv&publication=all&article=${articleId}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(
      new RegExp(`^attachment; filename="claimdesk-all-article-${articleId.toLowerCase()}-\\d{4}-\\d{2}-\\d{2}\\.csv"$`),
    );
    const rows = await csvRecords(response);
    expect(rows.map((r) => r.id).sort()).toEqual([ids.published, ids.draft, ids.inReview].sort());
    const row = rows.find((r) => r.id === ids.published);
    // One row for the claim, both places it was said joined line by line, in order of appearance.
    expect(row).toMatchObject({
      summary: `'${HOSTILE} published`,
      language: 'id',
      status: 'FALSE',
      statusLabel: 'Keliru',
      ratingValue: '1',
      explanation: `'-1 penjelasan, dengan "kutipan"`,
      evidenceUrls: 'https://data.example/a?x=1,2\nhttps://data.example/b',
      attributionCount: '2',
      sources: "'@Bupati Kendal\nKementerian PUPR",
      sourceKinds: 'PERSON\nGOVERNMENT',
      stances: 'ASSERTS\nDENIES',
      articleTitles: 'Tanggul "jebol", kata bupati\nDam report',
      articleUrls: 'https://news.example/tanggul\n',
      articlePublishers: 'Kompas.com\n',
      articleDates: '2025-02-28T08:00:00.000Z\n2025-03-01T06:00:00.000Z',
      reviewer: team.editor2.name,
      publication: 'PUBLISHED',
      publishedAt: '2025-03-01T10:00:00.000Z',
    });
    expect(row?.url).toMatch(new RegExp(`/claims/${ids.published}/`));
    expect(rows.find((r) => r.id === ids.draft)).toMatchObject({ url: '', publishedAt: '', ratingValue: '2', reviewer: '' });
  });

  it('writes JSON and NDJSON with typed fields, the same records', async () => {
    actAs(team.viewer);
    const json = (await (await get(deskExport, `/api/export?format=json&source=${sourceId}`)).json()) as ExportRecord[];
    expect(json.map((r) => r.id).sort()).toEqual([ids.published, ids.publishedEn].sort());
    const record = json.find((r) => r.id === ids.published);
    // Read from the approved snapshot: the same claim, the same two attributions, as lists.
    expect(record).toMatchObject({
      summary: `${HOSTILE} published`,
      ratingValue: 1,
      evidenceUrls: ['https://data.example/a?x=1,2', 'https://data.example/b'],
      attributionCount: 2,
      sources: ['@Bupati Kendal', 'Kementerian PUPR'],
      sourceKinds: ['PERSON', 'GOVERNMENT'],
      stances: ['ASSERTS', 'DENIES'],
      articleTitles: ['Tanggul "jebol", kata bupati', 'Dam report'],
      articleUrls: ['https://news.example/tanggul', null],
      articleDates: ['2025-02-28T08:00:00.000Z', '2025-03-01T06:00:00.000Z'],
    });
    const ndjson = await (await get(deskExport, `/api/export?format=ndjson&source=${sourceId}`)).text();
    const lines = ndjson
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as ExportRecord);
    expect(lines).toEqual(json);
  });

  it('exports ClaimReview equal, field by field, to what the verdict page embeds', async () => {
    actAs(team.viewer);
    const response = await get(deskExport, `/api/export?format=claimreview&source=${sourceId}`);
    expect(response.headers.get('content-type')).toBe('application/ld+json; charset=utf-8');
    const exported = (await response.json()) as Record<string, unknown>[];
    expect(exported).toHaveLength(2);
    for (const review of exported) {
      const id = Object.entries(ids).find(([, value]) => String(review.url).includes(`/claims/${value}/`))?.[1];
      const page = await getPublishedClaim(id ?? '');
      if (!page) throw new Error(`no verdict page for ${String(review.url)}`);
      const embedded = claimReviewOf(getPublicSite(), page) as unknown as Record<string, unknown>;
      expect(Object.keys(review).sort()).toEqual(Object.keys(embedded).sort());
      for (const key of Object.keys(embedded)) expect(review[key], key).toEqual(embedded[key]);
    }
    const mixed = exported.find((r) => String(r.url).includes(`/claims/${ids.published}/`));
    // The author is who asserted it (not the ministry that denied it); every article is an appearance.
    expect(mixed?.itemReviewed).toMatchObject({
      author: { '@type': 'Person', name: '@Bupati Kendal' },
      datePublished: '2025-02-28T08:00:00.000Z',
      appearance: [{ headline: 'Tanggul "jebol", kata bupati', url: 'https://news.example/tanggul' }, { headline: 'Dam report' }],
      firstAppearance: { headline: 'Tanggul "jebol", kata bupati', url: 'https://news.example/tanggul' },
    });
    const factcheck = (await (await get(deskExport, `/api/export?format=factcheck&source=${sourceId}`)).json()) as {
      pageUrl: string;
      claimReviewMarkups: { rating: { textualRating: string } }[];
    }[];
    expect(factcheck.map((p) => p.pageUrl).sort()).toEqual(exported.map((r) => String(r.url)).sort());
    expect(factcheck.flatMap((p) => p.claimReviewMarkups.map((m) => m.rating.textualRating)).sort()).toEqual(['Keliru', 'True']);
  });

  it('writes one attributions row per place a claim was said, published or working', async () => {
    actAs(team.editor);
    for (const publication of ['published', 'all']) {
      const response = await get(deskExport, `/api/export?format=attributions&publication=${publication}&source=${denierId}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-disposition')).toMatch(/\.attributions\.csv"$/);
      const rows = (await csvRecords(response)) as unknown as Record<keyof AttributionRecord, string>[];
      // The source filter picks the claim; its file keeps every place it was said, for context.
      expect(rows.map((r) => [r.claimId, r.position, r.source, r.stance, r.articleTitle])).toEqual([
        [ids.published, '1', "'@Bupati Kendal", 'ASSERTS', 'Tanggul "jebol", kata bupati'],
        [ids.published, '2', 'Kementerian PUPR', 'DENIES', 'Dam report'],
      ]);
      expect(rows[1]).toMatchObject({
        summary: `'${HOSTILE} published`,
        status: 'FALSE',
        statusLabel: 'Keliru',
        sourceKind: 'GOVERNMENT',
        cue: 'membantah',
        quote: QUOTE,
        articleUrl: '',
        articlePublishedAt: '2025-03-01T06:00:00.000Z',
        articleLanguage: 'en',
      });
      expect(rows[0]?.claimUrl).toMatch(new RegExp(`/id/claims/${ids.published}/`));
    }
  });

  it("puts a claim in a source's or an article's export when any of its attributions is", async () => {
    actAs(team.editor);
    const idsOf = async (query: string) =>
      ((await (await get(deskExport, `/api/export?format=json&${query}`)).json()) as ExportRecord[]).map((r) => r.id).sort();
    // Published (snapshots) and working rows answer alike.
    for (const publication of ['published', 'all']) {
      expect(await idsOf(`publication=${publication}&source=${denierId}`)).toEqual([ids.published]);
      expect(await idsOf(`publication=${publication}&article=${otherArticleId}`)).toEqual([ids.published, ids.publishedEn].sort());
    }
    expect(await idsOf(`publication=all&article=${articleId}`)).toEqual([ids.published, ids.draft, ids.inReview].sort());
  });

  it('filters by status, language and verdict date, and never exports a deleted claim', async () => {
    actAs(team.editor);
    const ofQuery = async (query: string) =>
      ((await (await get(deskExport, `/api/export?format=json&source=${sourceId}&${query}`)).json()) as ExportRecord[])
        .map((r) => r.id)
        .sort();
    expect(await ofQuery('status=TRUE,MISLEADING&publication=all')).toEqual([ids.publishedEn, ids.draft, ids.inReview].sort());
    // The claim's own language, not its articles' (the published claim was also said in English).
    expect(await ofQuery('language=en')).toEqual([ids.publishedEn]);
    expect(await ofQuery('language=en&publication=all')).toEqual([ids.publishedEn]);
    expect(await ofQuery('language=id')).toEqual([ids.published]);
    expect(await ofQuery('from=2025-03-01&to=2025-03-01')).toEqual([ids.published]);
    expect(await ofQuery('from=2025-03-02')).toEqual([ids.publishedEn]);
    expect(await ofQuery('publication=draft')).toEqual([ids.draft, ids.inReview].sort());
    expect(await ofQuery('publication=all')).not.toContain(ids.deleted);
  });

  it('lets a viewer export published claims but not drafts; nobody gets nothing', async () => {
    actAs(team.viewer);
    expect((await get(deskExport, '/api/export?format=csv')).status).toBe(200);
    for (const publication of ['draft', 'all']) {
      const refused = await get(deskExport, `/api/export?format=csv&publication=${publication}`);
      expect(refused.status).toBe(403);
      expect(await refused.text()).toBe('Your role may export published claims only: exporting drafts needs an editor.\n');
    }
    actAsNobody();
    expect((await get(deskExport, '/api/export?format=csv')).status).toBe(401);
  });

  it.each([
    ['format=xlsx', 'Unknown format "xlsx"'],
    ['status=MAYBE', 'Unknown status "MAYBE"'],
    ['from=2025-03-02&to=2025-03-01', 'The date range is reversed'],
    ['from=yesterday', 'from must be a date'],
    ['article=doesnotexist', 'No article has the id "doesnotexist".'],
  ])('refuses %s with a 400 and one line, no file', async (query, reason) => {
    actAs(team.editor);
    const response = await get(deskExport, `/api/export?${query}`);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-disposition')).toBeNull();
    const body = await response.text();
    expect(body.startsWith(reason)).toBe(true);
    expect(body.trimEnd().split('\n')).toHaveLength(1);
  });

  it('refuses in the editor’s language: the profile’s choice, else the browser’s', async () => {
    const asked = (path: string, headers: Record<string, string> = {}) => deskExport(new Request(`http://localhost${path}`, { headers }));
    await testDb.user.update({ where: { id: team.editor.id }, data: { locale: 'id' } });
    try {
      actAs(team.editor);
      const bad = await asked('/api/export?status=MAYBE', { 'accept-language': 'en' });
      expect(bad.status).toBe(400);
      expect(await bad.text()).toMatch(/^Status "MAYBE" tidak dikenal: gunakan /);
      const missing = await asked('/api/export?article=doesnotexist');
      expect(await missing.text()).toBe('Tidak ada artikel dengan id "doesnotexist".\n');
    } finally {
      await testDb.user.update({ where: { id: team.editor.id }, data: { locale: null } });
    }
    actAs(team.viewer);
    const drafts = await asked('/api/export?publication=draft', { 'accept-language': 'id-ID,id;q=0.9,en;q=0.5' });
    expect(drafts.status).toBe(403);
    expect(await drafts.text()).toBe('Peran Anda hanya boleh mengekspor klaim yang sudah terbit: mengekspor draf memerlukan editor.\n');
    actAsNobody();
    const signedOut = await asked('/api/export', { 'accept-language': 'id' });
    expect(signedOut.status).toBe(401);
    expect(await signedOut.text()).toBe('Anda belum masuk. Masuk lalu coba lagi.\n');
  });
});

describe('public feeds (/claims.csv, /claims.json)', () => {
  it('carry published claims only, even for a signed-in editor', async () => {
    const published = new Set(
      (await testDb.claim.findMany({ where: { publication: 'PUBLISHED', deletedAt: null }, select: { id: true } })).map((c) => c.id),
    );
    for (const who of [null, team.editor]) {
      if (who) actAs(who);
      else actAsNobody();
      const csvIds = (await csvRecords(await get(publicCsv, '/claims.csv'))).map((r) => r.id ?? '');
      const jsonIds = ((await (await get(publicJson, '/claims.json')).json()) as ExportRecord[]).map((r) => r.id);
      for (const list of [csvIds, jsonIds]) {
        expect(list).toContain(ids.published);
        expect(list.every((id) => published.has(id))).toBe(true);
        expect(list).not.toContain(ids.draft);
        expect(list).not.toContain(ids.inReview);
        expect(list).not.toContain(ids.deleted);
      }
    }
  });

  it('take the same filters and refuse drafts with a 403', async () => {
    actAsNobody();
    const rows = (await (await get(publicJson, `/claims.json?status=FALSE&article=${articleId}`)).json()) as ExportRecord[];
    expect(rows.map((r) => r.id)).toEqual([ids.published]);
    for (const publication of ['draft', 'all']) {
      const refused = await get(publicCsv, `/claims.csv?publication=${publication}`);
      expect(refused.status).toBe(403);
      expect(await refused.text()).toMatch(/^Drafts are not public/);
    }
    expect((await get(publicJson, '/claims.json?format=csv')).status).toBe(400);
  });

  it('refuse in the reader’s language: the language cookie, then Accept-Language', async () => {
    actAsNobody();
    const asked = (path: string, headers: Record<string, string>) => publicCsv(new Request(`http://localhost${path}`, { headers }));
    const drafts = await asked('/claims.csv?publication=draft', { 'accept-language': 'id' });
    expect(drafts.status).toBe(403);
    expect(await drafts.text()).toBe('Draf tidak bersifat publik: editor mengekspornya dari meja redaksi di /desk/export.\n');
    const reversed = await asked('/claims.csv?from=2025-03-02&to=2025-03-01', { cookie: 'NEXT_LOCALE=id', 'accept-language': 'en' });
    expect(await reversed.text()).toMatch(/^Rentang tanggal terbalik/);
    const chosenEnglish = await asked('/claims.csv?publication=draft', { cookie: 'other=1; NEXT_LOCALE=en', 'accept-language': 'id' });
    expect(await chosenEnglish.text()).toMatch(/^Drafts are not public/);
  });
});

describe('readExportClaims', () => {
  it('pages by id and stops reading when the signal aborts', async () => {
    const filters = { ...DEFAULT_FILTERS, publication: 'all' as const, articleId };
    const pool = exportPool(process.env.DATABASE_URL ?? '');
    const all: string[] = [];
    for await (const page of readExportClaims(pool, filters, { pageSize: 1 })) all.push(...page.map((c) => c.id));
    expect(all).toEqual([ids.published, ids.draft, ids.inReview].sort());
    const abort = new AbortController();
    const seen: string[] = [];
    for await (const page of readExportClaims(pool, filters, { pageSize: 1, signal: abort.signal })) {
      seen.push(...page.map((c) => c.id));
      abort.abort();
    }
    expect(seen).toHaveLength(1);
  });
});

describe('CLI (npm run -s export)', () => {
  const cli = (args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/export.ts', ...args], { env: { ...process.env }, encoding: 'utf8' });

  it('writes the same filtered export to stdout', () => {
    const result = cli(['--format', 'csv', '--publication', 'all', '--article', articleId, '--status', 'FALSE', '--status=MISLEADING']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const rows = parse<Record<string, string>>(result.stdout, { bom: true, columns: true });
    expect(rows.map((r) => r.id).sort()).toEqual([ids.published, ids.draft].sort());
  });

  it.each([
    [['--format', 'xlsx'], 'export: Unknown format "xlsx": use csv, json, ndjson, attributions, claimreview, factcheck.\n'],
    [['--from', '2025-03-02', '--to', '2025-03-01'], 'export: The date range is reversed: from must be on or before to.\n'],
    [['--colour', 'red'], null],
  ])('refuses %j: exit 1, one line on stderr, nothing on stdout', (args, line) => {
    const result = cli(args);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    if (line) expect(result.stderr).toBe(line);
  });
});
