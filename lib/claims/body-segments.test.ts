import { describe, expect, it } from 'vitest';
import { paragraphAround, segmentBody, splitParagraphs, firstPaintParagraphCount, segmentParagraphs } from './body-segments';

const body = 'Satu dua tiga.\n\nEmpat lima enam.\n\n\nTujuh.';

describe('splitParagraphs', () => {
  it('keeps offsets into the body', () => {
    const paragraphs = splitParagraphs(body);
    expect(paragraphs.map((p) => body.slice(p.start, p.end))).toEqual(['Satu dua tiga.', 'Empat lima enam.', 'Tujuh.']);
  });
});

describe('segmentBody', () => {
  it('splits runs at claim edges, including overlaps and spans across paragraphs', () => {
    const paragraphs = segmentBody(body, [
      { id: 'a', start: 5, end: 13 }, // "dua tiga"
      { id: 'b', start: 9, end: 21 }, // "tiga.\n\nEmpat"
    ]);
    const first = paragraphs[0];
    expect(first?.segments.map((s) => [s.text, s.highlightIds])).toEqual([
      ['Satu ', []],
      ['dua ', ['a']],
      ['tiga', ['a', 'b']],
      ['.', ['b']],
    ]);
    expect(paragraphs[1]?.segments.map((s) => [s.text, s.highlightIds])).toEqual([
      ['Empat', ['b']],
      [' lima enam.', []],
    ]);
    for (const p of paragraphs) for (const s of p.segments) expect(body.slice(s.start, s.end)).toBe(s.text);
  });
  it('finds the paragraph of a quote', () => {
    expect(paragraphAround(body, 22, 26)).toEqual({ start: 16, end: 32 });
    expect(paragraphAround(body, 5, 22)).toBeNull();
  });
});

describe('the first paint of a long article', () => {
  const body = ['aaaa', 'bbbb', 'cccc', 'dddd'].join('\n\n');
  const paragraphs = splitParagraphs(body);

  it('counts the leading paragraphs that hold the character budget, at least one', () => {
    expect(firstPaintParagraphCount(paragraphs, 1)).toBe(1);
    expect(firstPaintParagraphCount(paragraphs, 5)).toBe(2);
    expect(firstPaintParagraphCount(paragraphs, 8)).toBe(2);
    expect(firstPaintParagraphCount(paragraphs, 1000)).toBe(4);
    expect(firstPaintParagraphCount([], 10)).toBe(0);
  });

  it('segments only the paragraphs asked for, exactly as the whole body would be', () => {
    const highlights = [{ id: 'x', start: 7, end: 14 }];
    const whole = segmentBody(body, highlights);
    expect(segmentParagraphs(body, paragraphs.slice(0, 2), highlights)).toEqual(whole.slice(0, 2));
  });
});
