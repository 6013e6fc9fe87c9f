import { describe, expect, it } from 'vitest';
import { CONTEXT_LENGTH, anchorsEqual, describeSpan } from './describe-span';

const BODY =
  'Wali Kota Lembayung, Sari Wulandari, mengatakan harga beras turun 12 persen sejak Januari. ' +
  '"Pasokan dari petani sudah normal," kata dia di Balai Kota, Senin (3/3).';

function anchorOf(body: string, quote: string) {
  const start = body.indexOf(quote);
  const result = describeSpan(body, start, start + quote.length);
  if (!result.ok) throw new Error(result.problem);
  return result.anchor;
}

describe('describeSpan', () => {
  it('keeps the quote and CONTEXT_LENGTH characters either side', () => {
    const anchor = anchorOf(BODY, 'harga beras turun 12 persen');
    expect(anchor.exact).toBe('harga beras turun 12 persen');
    expect(anchor.prefix).toBe(BODY.slice(anchor.start - CONTEXT_LENGTH, anchor.start));
    expect(anchor.suffix).toBe(BODY.slice(anchor.end, anchor.end + CONTEXT_LENGTH));
    expect(anchor.prefix).toHaveLength(CONTEXT_LENGTH);
  });

  it('shortens the context only at the edges of the body', () => {
    const first = anchorOf(BODY, 'Wali Kota');
    expect(first.prefix).toBe('');
    const last = anchorOf(BODY, 'Senin (3/3).');
    expect(last.suffix).toBe('');
  });

  it.each([
    [-1, 4, 'out-of-range'],
    [0, BODY.length + 1, 'out-of-range'],
    [10, 5, 'reversed'],
    [7, 7, 'empty'],
    [1.5, 4, 'not-integer'],
  ])('rejects %s..%s as %s', (start, end, problem) => {
    expect(describeSpan(BODY, start, end)).toEqual({ ok: false, problem });
  });

  it('rejects a selection of spaces, line breaks or no-break spaces', () => {
    const body = 'Paragraf satu.\n\n \u00a0\nParagraf dua.';
    const result = describeSpan(body, 14, 19);
    expect(result).toEqual({ ok: false, problem: 'whitespace-only' });
  });

  it('rejects a selection that cuts an emoji in half', () => {
    const body = 'Warganet membalas 🔥🔥 di kolom komentar.';
    const fire = body.indexOf('🔥');
    expect(describeSpan(body, fire + 1, fire + 4)).toMatchObject({ ok: false, problem: 'splits-character' });
    expect(describeSpan(body, fire, fire + 3)).toMatchObject({ ok: false, problem: 'splits-character' });
    expect(describeSpan(body, fire, fire + 4)).toMatchObject({ ok: true });
  });

  it('widens the context rather than cutting an emoji at its edge', () => {
    // The emoji straddles the point CONTEXT_LENGTH units before the quote.
    const lead = '😀'.padEnd(CONTEXT_LENGTH + 1, 'x');
    const body = `${lead}KUTIPAN${'x'.repeat(40)}`;
    const quoteStart = body.indexOf('KUTIPAN');
    expect(quoteStart - CONTEXT_LENGTH).toBe(1); // inside the pair
    const anchor = anchorOf(body, 'KUTIPAN');
    expect(anchor.prefix.startsWith('😀')).toBe(true);
    expect(anchor.prefix).toHaveLength(CONTEXT_LENGTH + 1);
  });

  it('anchorsEqual compares every field', () => {
    const a = anchorOf(BODY, 'kata dia');
    expect(anchorsEqual(a, { ...a })).toBe(true);
    expect(anchorsEqual(a, { ...a, suffix: `${a.suffix}!` })).toBe(false);
  });
});
