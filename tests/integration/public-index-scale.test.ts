// The reader pages stay small however much a source is quoted (issue 12): the track record comes
// in pages of 50 with counts over all claims, and the index filters by a typed source name
// instead of sending every source in a list.
import { beforeAll, expect, it } from 'vitest';
import { findPublicSources, getSourceTrackRecord, searchPublishedClaims, TRACK_RECORD_PAGE_SIZE } from '@/lib/data/public-index';
import { createTeam, createTestClaim, snapshotPublishedClaims, testDb, unique } from '../support/factories';

const CLAIMS = TRACK_RECORD_PAGE_SIZE + 5;
let sourceId: string;
let sourceName: string;

beforeAll(async () => {
  const team = await createTeam();
  const marker = unique('Juru').replace('-', '');
  sourceName = `Juru Bicara ${marker}`;
  sourceId = (await testDb.source.create({ data: { name: sourceName, normalizedName: sourceName.toLowerCase(), kind: 'PERSON' } })).id;
  const quotes = Array.from({ length: CLAIMS }, (_, i) => `Pernyataan nomor ${i} benar adanya.`);
  const body = quotes.join('\n\n');
  const article = await testDb.article.create({ data: { title: `Rapat ${marker}`, body, rawInput: body, createdById: team.editor.id } });
  let offset = 0;
  for (const [i, quote] of quotes.entries()) {
    await createTestClaim(
      {
        summary: `${marker} klaim ${i}`,
        status: i % 2 ? 'FALSE' : 'TRUE',
        publication: 'PUBLISHED',
        publishedAt: new Date(Date.UTC(2026, 0, 1, 0, i)),
        verdictById: team.editor.id,
        reviewedById: team.editor2.id,
        createdById: team.editor.id,
      },
      { articleId: article.id, sourceId, quoteStart: offset, quoteEnd: offset + quote.length, quoteText: quote },
    );
    offset += quote.length + 2;
  }
  await snapshotPublishedClaims();
});

it('pages a long track record and counts verdicts over every claim', async () => {
  const first = await getSourceTrackRecord(sourceId);
  expect(first).toMatchObject({
    source: { name: sourceName, kind: 'PERSON' },
    total: CLAIMS,
    page: 1,
    pages: 2,
    counts: { TRUE: 28, FALSE: 27 },
    deniedCounts: {},
  });
  expect(first?.claims).toHaveLength(TRACK_RECORD_PAGE_SIZE);
  const second = await getSourceTrackRecord(sourceId, 2);
  expect(second?.claims).toHaveLength(CLAIMS - TRACK_RECORD_PAGE_SIZE);
  const ids = new Set([...(first?.claims ?? []), ...(second?.claims ?? [])].map((c) => c.id));
  expect(ids.size).toBe(CLAIMS);
  expect((await getSourceTrackRecord(sourceId, 3))?.claims).toEqual([]);
});

it('filters the index by words of a source name, however spelled', async () => {
  const typed = sourceName.split(' ').slice(1).join(' ').toUpperCase();
  const search = { q: '', verdict: null, sourceId: null, from: null, to: null, page: 1 };
  expect((await searchPublishedClaims({ ...search, sourceName: typed })).total).toBe(CLAIMS);
  expect((await searchPublishedClaims({ ...search, sourceName: `${typed} nobody` })).total).toBe(0);
  expect(await findPublicSources(typed, 10)).toEqual([{ id: sourceId, name: sourceName }]);
});
