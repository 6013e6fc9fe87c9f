import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract-claims';
import { balanceQuotes, quotesBalanced } from './quote-balance';
import type { Span } from './types';

// Fictional fixtures: invented people, places and events.
const spanOf = (text: string, part: string): Span => {
  const s = text.indexOf(part);
  if (s === -1) throw new Error(`"${part}" not in fixture`);
  return [s, s + part.length];
};
const balanced = (text: string, part: string): string => {
  const { span } = balanceQuotes(text, spanOf(text, part));
  return text.slice(...span);
};

describe('balanceQuotes', () => {
  it('extends a span that ends inside a quotation to its closing mark', () => {
    const text = 'Kestria menolak tuduhan itu sebagai "fitnah belaka".';
    expect(balanced(text, 'tuduhan itu sebagai "fitnah belaka')).toBe('tuduhan itu sebagai "fitnah belaka"');
  });

  it('pairs curly, single and angle marks, and mixed straight and curly ones', () => {
    const text = 'Warga menyebut banjir itu «bencana buatan» dan ‘ujian’, kata Rina. He called it "a gift to developers”.';
    expect(balanced(text, 'banjir itu «bencana')).toBe('banjir itu «bencana buatan»');
    expect(balanced(text, 'dan ‘ujian')).toBe('dan ‘ujian’');
    expect(balanced(text, 'it "a gift')).toBe('it "a gift to developers”');
  });

  it('extends the start back to the opening mark of a closing mark in the span', () => {
    const text = 'Dina Sarit menyebut proyek itu “sia-sia dan mahal” di depan warga.';
    expect(balanced(text, 'dan mahal” di depan warga')).toBe('“sia-sia dan mahal” di depan warga');
  });

  it('leaves out a mark that has no partner, keeping the side with more words', () => {
    const text = 'Dina Sarit mengatakan, harga beras akan naik "sebelum panen.';
    const { span, paired } = balanceQuotes(text, spanOf(text, 'harga beras akan naik "sebelum panen'));
    expect(text.slice(...span)).toBe('harga beras akan naik');
    expect(paired).toBe(false);
  });

  it('reads apostrophes as apostrophes, not quotation marks', () => {
    const text = "The mayor's plan, the workers’ union said, isn’t 'final' yet.";
    expect(quotesBalanced(text, [0, text.length])).toBe(true);
    expect(balanceQuotes(text, [0, text.length]).span).toEqual([0, text.length]);
  });

  it('reads a typed-wrong closing mark as closing: “Mostly false.“', () => {
    const text = 'Critics called the plan “a gift to developers.“ The mayor said the plan was fair.';
    expect(balanced(text, 'the plan “a gift to developers')).toBe('the plan “a gift to developers.“');
  });
});

const UNBALANCED_FIXTURES = [
  'The council called the audit ‘a whitewash,’ the mayor said.',
  'Critics called the plan “a gift to developers.“ The mayor said the plan was fair.',
  'Dina Sarit mengatakan, harga beras akan naik "sebelum panen.',
  'Warga menyebut banjir itu «bencana buatan.« Bupati Lora mengatakan tanggul sudah diperbaiki.',
  'Kestria, sekutu lama Dorvia, menolak tuduhan itu sebagai "fitnah belaka".',
  '“We will not close the school,” said Mayor Ilse Moran. “Not this year.',
];

describe('extracted spans never end inside a quotation', () => {
  it.each(UNBALANCED_FIXTURES)('%s', (text) => {
    const claims = extractClaims(text);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) {
      for (const piece of c.contentPieces ?? [c.content]) expect(quotesBalanced(text, piece), text.slice(...piece)).toBe(true);
      expect(text.slice(...c.content)).toBe(text.slice(...c.content).trim());
    }
  });
});
