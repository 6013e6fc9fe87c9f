import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvCell, csvLine, neutraliseFormula } from './csv';

describe('neutraliseFormula', () => {
  it('prefixes a single quote to cells a spreadsheet would run', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(neutraliseFormula(`${start}SUM(A1)`)).toBe(`'${start}SUM(A1)`);
  });
  it('leaves other text alone, formula characters later in the cell included', () => {
    for (const text of ['Benar', 'a=b', ' =1', '', '5', '😀 = ok']) expect(neutraliseFormula(text)).toBe(text);
  });
});

describe('csvCell and csvLine', () => {
  it('quotes only when needed and doubles quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('one\ntwo')).toBe('"one\ntwo"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(3)).toBe('3');
  });

  it('round-trips hostile text through a real CSV parser', () => {
    const cells = [
      '"Kami menolak," kata Menteri, "itu keliru."',
      'baris satu\nbaris dua\r\nbaris tiga',
      'Pemerintah 🇮🇩 bilang 100% aman 😀',
      '=HYPERLINK("http://evil.example","klik")',
      '-1+1',
      '@cmd',
      '\tindent',
      '',
    ];
    const text = CSV_BOM + csvLine(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'h7', 'h8']) + csvLine(cells);
    const rows = parse(text, { bom: true });
    expect(rows[0]).toEqual(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'h7', 'h8']);
    expect(rows[1]).toEqual(cells.map(neutraliseFormula));
    expect(rows[1]?.[3]).toBe('\'=HYPERLINK("http://evil.example","klik")');
  });

  it('ends lines with CRLF as RFC 4180 says', () => expect(csvLine(['a', 'b'])).toBe('a,b\r\n'));
});
