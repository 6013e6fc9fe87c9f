import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { claimReviewOf } from '@/lib/claims/published-claim';
import { ATTRIBUTION_FIELDS } from './attribution-record';
import { encodeExport } from './encode';
import { toMarkupPage } from './fact-check';
import type { ExportFormat } from './filters';
import { RECORD_FIELDS, asReviewSubject, toExportRecord, type ExportAttribution, type ExportClaim } from './record';

const site = { baseUrl: 'https://cek.example.org', organization: { name: 'Cek Fakta', url: 'https://cek.example.org/about' } };

const asserted: ExportAttribution = {
  id: 't1',
  cue: 'mengatakan',
  stance: 'ASSERTS',
  quoteText: 'Tanggul "jebol", katanya',
  source: { id: 's1', name: '@Bupati Kendal', kind: 'PERSON' },
  article: {
    title: 'Tanggul, "jebol"',
    url: 'https://news.example/a',
    publisher: 'Kompas.com',
    author: null,
    publishedAt: new Date('2025-02-28T08:00:00Z'),
    publishedUtcOffset: 420,
    language: 'id',
  },
};

const denied: ExportAttribution = {
  id: 't2',
  cue: 'membantah',
  stance: 'DENIES',
  quoteText: '=tidak benar,\nkata menteri',
  source: { id: 's2', name: 'Kementerian PUPR', kind: 'GOVERNMENT' },
  article: {
    title: 'Menteri membantah',
    url: 'https://news.example/b',
    publisher: 'Tempo',
    author: 'Rina',
    publishedAt: new Date('2025-03-01T02:00:00Z'),
    publishedUtcOffset: 420,
    language: 'id',
  },
};

function claim(id: string, overrides: Partial<ExportClaim> = {}): ExportClaim {
  return {
    id,
    summary: `=1+1 "Kami menolak," kata Menteri, 100% aman 😀\nbaris dua`,
    language: 'id',
    status: 'FALSE',
    explanation: '-Penjelasan, dengan koma',
    publication: 'PUBLISHED',
    publishedAt: new Date('2025-03-01T10:00:00Z'),
    updatedAt: new Date('2025-03-01T10:00:00Z'),
    attributions: [asserted, denied],
    evidenceUrls: ['https://data.example/1', 'https://data.example/2?a=1,2'],
    corrections: [{ id: 'x1', what: 'Label', why: 'Data baru', at: new Date('2025-03-05T00:00:00Z') }],
    reviewer: { name: 'Dewi Editor' },
    ...overrides,
  };
}

function published(c: ExportClaim | undefined) {
  const subject = c ? asReviewSubject(c) : null;
  if (!subject) throw new Error('expected a published claim');
  return subject;
}

const claims = [
  claim('c1'),
  claim('c2', { status: 'IN_PROGRESS', publication: 'DRAFT', publishedAt: null, attributions: [{ ...asserted, source: null }] }),
  claim('c3', {
    status: 'TRUE',
    language: 'en',
    attributions: [{ ...asserted, article: { ...asserted.article, language: 'en', url: null } }],
  }),
];

async function* pages(...groups: ExportClaim[][]) {
  for (const group of groups) yield await Promise.resolve(group);
}

async function text(format: ExportFormat, ...groups: ExportClaim[][]) {
  let out = '';
  for await (const chunk of encodeExport(format, site, pages(...groups))) out += chunk;
  return out;
}

describe('encodeExport', () => {
  it('writes CSV with a BOM, one row per claim, its attributions joined line by line in order', async () => {
    const out = await text('csv', claims.slice(0, 2), claims.slice(2));
    expect(out.startsWith('\uFEFF')).toBe(true);
    const rows = parse<Record<string, string>>(out, { bom: true, columns: true });
    expect(Object.keys(rows[0] ?? {})).toEqual([...RECORD_FIELDS]);
    expect(rows).toHaveLength(3);
    const [first, second, third] = rows;
    expect(first).toMatchObject({
      summary: `'${claims[0]?.summary}`,
      language: 'id',
      explanation: "'-Penjelasan, dengan koma",
      statusLabel: 'Keliru',
      ratingValue: '1',
      attributionCount: '2',
      // Only the cell's start is read as a formula: "@Bupati" is neutralised, the second line is not.
      sources: "'@Bupati Kendal\nKementerian PUPR",
      sourceKinds: 'PERSON\nGOVERNMENT',
      stances: 'ASSERTS\nDENIES',
      articleTitles: 'Tanggul, "jebol"\nMenteri membantah',
      articleUrls: 'https://news.example/a\nhttps://news.example/b',
      articlePublishers: 'Kompas.com\nTempo',
      articleDates: '2025-02-28T08:00:00.000Z\n2025-03-01T02:00:00.000Z',
    });
    expect(first?.evidenceUrls?.split('\n')).toEqual(['https://data.example/1', 'https://data.example/2?a=1,2']);
    expect(second).toMatchObject({ url: '', ratingValue: '', sources: '', attributionCount: '1' });
    // The status label follows the claim's language, not an article's.
    expect(third).toMatchObject({ statusLabel: 'True', articleUrls: '' });
  });

  it('writes JSON and NDJSON with the same typed records, lists in order of appearance', async () => {
    const records = claims.map((c) => toExportRecord(site, c));
    expect(JSON.parse(await text('json', claims.slice(0, 1), claims.slice(1)))).toEqual(records);
    const lines = (await text('ndjson', claims)).trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l) as unknown)).toEqual(records);
    expect(records[0]).toMatchObject({
      ratingValue: 1,
      sources: ['@Bupati Kendal', 'Kementerian PUPR'],
      stances: ['ASSERTS', 'DENIES'],
      articleTitles: ['Tanggul, "jebol"', 'Menteri membantah'],
      articleUrls: ['https://news.example/a', 'https://news.example/b'],
    });
    expect(records[1]).toMatchObject({ url: null, sources: [null], sourceKinds: [null] });
  });

  it('writes one attributions row per place a claim was said, quotes whole', async () => {
    const out = await text('attributions', claims.slice(0, 2), [], claims.slice(2));
    expect(out.startsWith('\uFEFF')).toBe(true);
    const rows = parse<Record<string, string>>(out, { bom: true, columns: true });
    expect(Object.keys(rows[0] ?? {})).toEqual([...ATTRIBUTION_FIELDS]);
    expect(rows.map((r) => [r.claimId, r.position, r.attributionId])).toEqual([
      ['c1', '1', 't1'],
      ['c1', '2', 't2'],
      ['c2', '1', 't1'],
      ['c3', '1', 't1'],
    ]);
    expect(rows[1]).toMatchObject({
      summary: `'${claims[0]?.summary}`,
      status: 'FALSE',
      statusLabel: 'Keliru',
      source: 'Kementerian PUPR',
      sourceKind: 'GOVERNMENT',
      stance: 'DENIES',
      cue: 'membantah',
      quote: "'=tidak benar,\nkata menteri",
      articleTitle: 'Menteri membantah',
      articleUrl: 'https://news.example/b',
      articlePublisher: 'Tempo',
      articlePublishedAt: '2025-03-01T02:00:00.000Z',
      articleLanguage: 'id',
    });
    expect(rows[0]?.claimUrl).toMatch(/^https:\/\/cek\.example\.org\/id\/claims\/c1\//);
    expect(rows[2]).toMatchObject({ claimUrl: '', source: '', sourceKind: '' });
  });

  it('writes a valid empty JSON document when nothing matches', async () => {
    expect(JSON.parse(await text('json'))).toEqual([]);
    expect(JSON.parse(await text('claimreview', []))).toEqual([]);
  });

  it('writes ClaimReview only for published verdicts, built by the verdict page builder', async () => {
    const reviews = JSON.parse(await text('claimreview', claims)) as unknown[];
    const expected = [claims[0], claims[2]].map((c) => claimReviewOf(site, published(c)));
    expect(reviews).toEqual(expected);
    const markup = JSON.parse(await text('factcheck', claims)) as unknown[];
    expect(markup).toEqual(expected.map((r) => (r ? toMarkupPage(r) : null)));
  });
});

describe('toMarkupPage', () => {
  it('has the Fact Check Tools ClaimReviewMarkupPage shape: first asserting source, every appearance', () => {
    const review = claimReviewOf(site, published(claim('c9', { attributions: [denied, asserted] })));
    if (!review) throw new Error('expected a review');
    expect(toMarkupPage(review)).toEqual({
      pageUrl: review.url,
      publishDate: '2025-03-01T10:00:00.000Z',
      claimReviewAuthor: { name: 'Cek Fakta' },
      claimReviewMarkups: [
        {
          url: review.url,
          claimReviewed: claim('c9').summary,
          // The first appearance is the denial's article; the author is who asserted it.
          claimDate: '2025-03-01T02:00:00.000Z',
          claimAuthor: { name: '@Bupati Kendal' },
          claimFirstAppearance: 'https://news.example/b',
          claimAppearances: ['https://news.example/a'],
          rating: { textualRating: 'Keliru', ratingValue: 1, bestRating: 5, worstRating: 1 },
        },
      ],
    });
  });
});
