import { describe, expect, it } from 'vitest';
import { readSnapshot, SNAPSHOT_VERSION } from './public-snapshot';

const stored = {
  version: SNAPSHOT_VERSION,
  id: 'c1',
  summary: 'Forty people in hospital',
  language: 'id',
  status: 'FALSE',
  explanation: 'Records show twelve.',
  publishedAt: '2026-11-20T08:00:00.000Z',
  approvedAt: '2026-11-21T09:30:00.000Z',
  attributions: [
    {
      id: 'c1',
      cue: 'mengatakan',
      stance: 'ASSERTS',
      quote: { text: '40 warga dirawat', before: 'Bupati mengatakan ', after: ' sejak Senin.' },
      source: { id: 's1', name: 'Bupati Sukamaju', kind: 'GOVERNMENT' },
      article: {
        title: 'Banjir',
        url: null,
        publisher: 'Warta Uji',
        author: null,
        publishedAt: '2026-11-19T23:00:00.000Z',
        publishedUtcOffset: 420,
        language: 'id',
      },
    },
    {
      id: 'a2',
      cue: 'membantah',
      stance: 'DENIES',
      quote: { text: 'kabar itu', before: 'Rumah sakit membantah ', after: '.' },
      source: null,
      article: {
        title: 'Bantahan',
        url: 'https://news.example/b',
        publisher: null,
        author: null,
        publishedAt: null,
        publishedUtcOffset: null,
        language: 'id',
      },
    },
  ],
  evidence: [{ id: 'e1', url: 'https://example.org/rs', title: 'List', note: '', relation: 'REFUTES' }],
  corrections: [{ id: 'k1', what: 'status', why: 'new list', at: '2026-11-22T10:00:00.000Z' }],
  reviewer: { name: 'Dewi' },
};

describe('readSnapshot', () => {
  it('reads a valid snapshot whole, with its dates as Dates', () => {
    const reading = readSnapshot(stored);
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    expect(reading.snapshot.publishedAt).toEqual(new Date('2026-11-20T08:00:00.000Z'));
    expect(reading.snapshot.corrections[0]?.at).toBeInstanceOf(Date);
    expect(reading.snapshot.attributions[0]?.article.publishedAt?.toISOString()).toBe('2026-11-19T23:00:00.000Z');
    expect(reading.snapshot.attributions.map((a) => [a.stance, a.source?.name ?? null])).toEqual([
      ['ASSERTS', 'Bupati Sukamaju'],
      ['DENIES', null],
    ]);
    // Read again from Next's data cache, where the Dates were already revived.
    expect(readSnapshot(reading.snapshot)).toEqual(reading);
  });

  it('names a version 1 snapshot (the whole view with the article body) as an old version to convert', () => {
    const v1 = { id: 'c1', summary: 's', status: 'FALSE', quoteText: 'q', quoteStart: 0, quoteEnd: 1, article: { body: 'q' } };
    expect(readSnapshot(v1)).toMatchObject({ ok: false, oldVersion: true });
  });

  it('names a version 2 snapshot (one quote, source and article) as an old version to convert', () => {
    const [first] = stored.attributions;
    const v2 = { ...stored, version: 2, attributions: undefined, language: undefined, ...first, id: 'c1' };
    expect(readSnapshot(v2)).toMatchObject({ ok: false, oldVersion: true });
  });

  it('refuses a corrupt snapshot instead of reading half of it', () => {
    const [first, second] = stored.attributions;
    const corrupt = readSnapshot({ ...stored, attributions: [first, { ...second, quote: { text: '' } }] });
    expect(corrupt).toMatchObject({ ok: false, oldVersion: false });
    expect(!corrupt.ok && corrupt.problem).toContain('attributions.1.quote');
    // A claim said nowhere has nothing to show readers.
    expect(readSnapshot({ ...stored, attributions: [] })).toMatchObject({ ok: false, oldVersion: false });
    expect(readSnapshot({ ...stored, attributions: [{ ...first, stance: 'MAYBE' }] })).toMatchObject({ ok: false });
    expect(readSnapshot({ ...stored, publishedAt: 'yesterday' })).toMatchObject({ ok: false, oldVersion: false });
    expect(readSnapshot({ ...stored, version: 4 })).toMatchObject({ ok: false, oldVersion: false });
    expect(readSnapshot('not json object')).toMatchObject({ ok: false, oldVersion: false });
    expect(readSnapshot(null)).toMatchObject({ ok: false });
  });
});
