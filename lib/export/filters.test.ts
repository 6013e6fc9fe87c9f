import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, filtersToParams, parseExportRequest, parseFilters } from './filters';
import { describeExportRefusal } from './refusal-text';

const query = (text: string) => new URLSearchParams(text);

describe('parseExportRequest', () => {
  it('defaults to published claims as CSV', () => {
    expect(parseExportRequest(query(''))).toEqual({ ok: true, value: { format: 'csv', filters: DEFAULT_FILTERS } });
  });

  it('reads every filter; statuses repeated or comma-separated, any case', () => {
    const result = parseExportRequest(
      query(
        'format=NDJSON&status=false,partly-true&status=TRUE&publication=all&article=ck1&source=ck2&from=2025-01-01&to=2025-01-31&language=ID',
      ),
    );
    expect(result).toEqual({
      ok: true,
      value: {
        format: 'ndjson',
        filters: {
          statuses: ['FALSE', 'PARTLY_TRUE', 'TRUE'],
          publication: 'all',
          articleId: 'ck1',
          sourceId: 'ck2',
          from: '2025-01-01',
          to: '2025-01-31',
          language: 'id',
        },
      },
    });
  });

  it('treats the empty fields of a GET form as no filter', () => {
    expect(parseExportRequest(query('format=json&status=&article=&from=&language='))).toEqual({
      ok: true,
      value: { format: 'json', filters: DEFAULT_FILTERS },
    });
  });

  it.each([
    ['format=xlsx', 'Unknown format "xlsx": use csv, json, ndjson, attributions, claimreview, factcheck.'],
    ['status=MAYBE', 'Unknown status "MAYBE": use UNSTARTED, IN_PROGRESS, TRUE, PARTLY_TRUE, UNPROVEN, MISLEADING, FALSE, NOT_CHECKABLE.'],
    ['publication=secret', 'publication must be one of published, draft, all.'],
    ['from=2025-02-30', 'from must be a date written YYYY-MM-DD.'],
    ['to=31/01/2025', 'to must be a date written YYYY-MM-DD.'],
    ['from=2025-02-01&to=2025-01-01', 'The date range is reversed: from must be on or before to.'],
    ['language=bahasa indonesia', 'language must be a language code such as id or en.'],
    ['article=../../etc', 'article is not a valid id.'],
    ['article=a&article=b', 'Give article only once.'],
    ['stauts=TRUE', 'Unknown parameter "stauts": use status, publication, article, source, from, to, language.'],
    [
      'format=claimreview&publication=draft',
      'ClaimReview and Fact Check markup exist only for published verdicts: use publication=published.',
    ],
  ])('refuses %s with one line', (text, reason) => {
    const result = parseExportRequest(query(text));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(describeExportRefusal('en', result.reason)).toBe(reason);
    const indonesian = describeExportRefusal('id', result.reason);
    expect(indonesian).not.toBe(reason);
    expect(indonesian).not.toContain('\n');
  });

  it.each([
    [
      'status=MAYBE',
      'Status "MAYBE" tidak dikenal: gunakan UNSTARTED, IN_PROGRESS, TRUE, PARTLY_TRUE, UNPROVEN, MISLEADING, FALSE, NOT_CHECKABLE.',
    ],
    ['from=2025-02-01&to=2025-01-01', 'Rentang tanggal terbalik: from harus sama dengan atau sebelum to.'],
    ['to=31/01/2025', 'to harus berupa tanggal dengan format YYYY-MM-DD.'],
    ['article=a&article=b', 'Berikan article hanya sekali.'],
  ])('says %s in Indonesian to an Indonesian reader', (text, reason) => {
    const result = parseExportRequest(query(text));
    expect(result.ok ? null : describeExportRefusal('id', result.reason)).toBe(reason);
  });
});

describe('parseFilters', () => {
  it('does not accept a format (the feed path decides it)', () => {
    expect(parseFilters(query('format=json'))).toMatchObject({ ok: false });
  });

  it('round-trips through filtersToParams', () => {
    const parsed = parseExportRequest(query('format=factcheck&status=FALSE,TRUE&from=2025-01-01&language=en'));
    if (!parsed.ok) throw new Error(describeExportRefusal('en', parsed.reason));
    expect(parseExportRequest(filtersToParams(parsed.value.filters, 'factcheck'))).toEqual(parsed);
  });
});
