import { describe, expect, it } from 'vitest';
import { parseTsv, trecLine } from './match-tsv';

describe('parseTsv', () => {
  it('skips the header, reads an optional third column and quoted fields with line breaks', () => {
    const rows = parseTsv('id\tvclaim\ttitle\n1\t"Rice prices\nrose"\tRice\n2\tThe dam broke\n', 'claims');
    expect(rows).toEqual([
      { id: '1', text: 'Rice prices rose', extra: 'Rice' },
      { id: '2', text: 'The dam broke', extra: null },
    ]);
  });

  it('refuses a row whose first column is not an id, saying which', () => {
    expect(() => parseTsv('id\ttext\nnot an id\tx\n', 'queries.tsv')).toThrow(/queries\.tsv, row 1: the first column must be an id/);
  });
});

describe('trecLine', () => {
  it('writes query, Q0, claim, rank, score and tag', () => {
    expect(trecLine('7', 'c1', 1, 0.5, 'claimdesk')).toBe('7 Q0 c1 1 0.500000 claimdesk');
  });
});
