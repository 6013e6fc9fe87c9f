import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { claimReviewOf } from '@/lib/claims/published-claim';
import { encodeExport } from './encode';
import { toMarkupPage } from './fact-check';
import type { ExportFormat } from './filters';
import { RECORD_FIELDS, asReviewSubject, toExportRecord, type ExportClaim } from './record';

const site = { baseUrl: 'https://cek.example.org', organization: { name: 'Cek Fakta', url: 'https://cek.example.org/about' } };

function claim(id: string, overrides: Partial<ExportClaim> = {}): ExportClaim {
  return {
    id,
    summary: `=1+1 "Kami menolak," kata Menteri, 100% aman 😀\nbaris dua`,
    quoteText: 'Tanggul "jebol", katanya',
    cue: 'mengatakan',
    stance: 'DENIES',
    status: 'FALSE',
    explanation: '-Penjelasan, dengan koma',
    publication: 'PUBLISHED',
    publishedAt: new Date('2025-03-01T10:00:00Z'),
    updatedAt: new Date('2025-03-01T10:00:00Z'),
    source: { id: 's1', name: '@Bupati Kendal', kind: 'PERSON' },
    article: {
      id: 'a1',
      title: 'Tanggul, "jebol"',
      url: 'https://news.example/a',
      publisher: 'Kompas.com',
      author: null,
      publishedAt: new Date('2025-02-28T08:00:00Z'),
      publishedUtcOffset: 420,
      language: 'id',
    },
    evidenceUrls: ['https://data.example/1', 'https://data.example/2?a=1,2'],
    corrections: [{ id: 'x1', what: 'Label', why: 'Data baru', at: new Date('2025-03-05T00:00:00Z') }],
    reviewer: { name: 'Dewi Editor' },
    ...overrides,
  };
}

function published(c: ExportClaim | undefined) {
  const claim = c ? asReviewSubject(c) : null;
  if (!claim) throw new Error('expected a published claim');
  return claim;
}

const claims = [
  claim('c1'),
  claim('c2', { status: 'IN_PROGRESS', publication: 'DRAFT', publishedAt: null, source: null }),
  claim('c3', { status: 'TRUE', article: { ...claim('x').article, language: 'en', url: null } }),
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
  it('writes CSV with a BOM that a CSV parser reads back field for field', async () => {
    const out = await text('csv', claims.slice(0, 2), claims.slice(2));
    expect(out.startsWith('\uFEFF')).toBe(true);
    const rows = parse<Record<string, string>>(out, { bom: true, columns: true });
    expect(Object.keys(rows[0] ?? {})).toEqual([...RECORD_FIELDS]);
    expect(rows).toHaveLength(3);
    const [first, second] = rows;
    expect(first?.summary).toBe(`'${claims[0]?.summary}`);
    expect(first?.explanation).toBe("'-Penjelasan, dengan koma");
    expect(first?.source).toBe("'@Bupati Kendal");
    expect(first?.quote).toBe('Tanggul "jebol", katanya');
    expect(first?.evidenceUrls?.split('\n')).toEqual(['https://data.example/1', 'https://data.example/2?a=1,2']);
    expect(first?.statusLabel).toBe('Keliru');
    expect(first?.ratingValue).toBe('1');
    expect(second?.url).toBe('');
    expect(second?.ratingValue).toBe('');
  });

  it('writes JSON and NDJSON with the same typed records', async () => {
    const records = claims.map((c) => toExportRecord(site, c));
    expect(JSON.parse(await text('json', claims.slice(0, 1), claims.slice(1)))).toEqual(records);
    const lines = (await text('ndjson', claims)).trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l) as unknown)).toEqual(records);
    expect(records[0]?.ratingValue).toBe(1);
    expect(records[1]?.url).toBeNull();
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
  it('has the Fact Check Tools ClaimReviewMarkupPage shape', () => {
    const review = claimReviewOf(site, published(claim('c9')));
    if (!review) throw new Error('expected a review');
    expect(toMarkupPage(review)).toEqual({
      pageUrl: review.url,
      publishDate: '2025-03-01T10:00:00.000Z',
      claimReviewAuthor: { name: 'Cek Fakta' },
      claimReviewMarkups: [
        {
          url: review.url,
          claimReviewed: claim('c9').summary,
          claimDate: '2025-02-28T08:00:00.000Z',
          claimAuthor: { name: '@Bupati Kendal' },
          claimFirstAppearance: 'https://news.example/a',
          rating: { textualRating: 'Keliru', ratingValue: 1, bestRating: 5, worstRating: 1 },
        },
      ],
    });
  });
});
