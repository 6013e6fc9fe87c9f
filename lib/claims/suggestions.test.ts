import { describe, expect, it } from 'vitest';
import { suggestClaims } from './suggestions';

const body = [
  'Badan Penanggulangan Bencana Daerah Sukamaju mengatakan, 412 rumah terendam dan 1.200 warga mengungsi.',
  'Bupati Sukamaju Hendra Wibisono membantah bahwa tanggul itu jebol karena tidak dirawat.',
].join('\n\n');

describe('suggestClaims', () => {
  it('proposes attributed claims with their source, cue and stance, anchored in the body', () => {
    const suggestions = suggestClaims(body, 'id', []);
    expect(suggestions.length).toBeGreaterThanOrEqual(2);
    for (const s of suggestions) expect(body.slice(s.quoteStart, s.quoteEnd)).toBe(s.quoteText);
    const denial = suggestions.find((s) => s.quoteText.includes('tanggul itu jebol'));
    expect(denial?.stance).toBe('DENIES');
    expect(denial?.sourceName).toMatch(/Hendra Wibisono/);
    expect(denial?.cue).toBe('membantah');
    const houses = suggestions.find((s) => s.quoteText.includes('412 rumah'));
    expect(houses?.sourceName).toMatch(/Sukamaju/);
    expect(houses?.quoteText.endsWith(',')).toBe(false);
  });

  it('marks suggestions that overlap a saved claim', () => {
    const start = body.indexOf('412 rumah');
    const [first] = suggestClaims(body, 'id', [{ id: 'c1', quoteStart: start, quoteEnd: start + 9 }]).filter((s) =>
      s.quoteText.includes('412 rumah'),
    );
    expect(first?.overlapsClaimIds).toEqual(['c1']);
  });

  it('keeps a quotation whole, with both its marks, and strips a mark left unpaired', () => {
    const text =
      'KOTAUJI - Kementerian Pertahanan Merdeka mengatakan jet tempur mereka ditembak jatuh oleh pesawat negara tetangga.\n\n' +
      'Pemerintah negara tetangga menolak tuduhan itu sebagai "propaganda murahan".';
    const suggestions = suggestClaims(text, 'id', []);
    for (const s of suggestions) {
      const marks = s.quoteText.match(/["“”]/g) ?? [];
      expect(marks.length % 2, s.quoteText).toBe(0);
    }
    const denial = suggestions.find((s) => s.stance === 'DENIES');
    expect(denial?.quoteText).toMatch(/"propaganda murahan"$/);
  });

  it("links a denial that points back to the claim it answers, by that suggestion's key", () => {
    const text =
      'KOTAUJI - Kementerian Pertahanan Merdeka mengatakan jet tempur mereka ditembak jatuh oleh pesawat negara tetangga.\n\n' +
      'Pemerintah negara tetangga membantah tuduhan itu.';
    const suggestions = suggestClaims(text, 'id', []);
    const denial = suggestions.find((s) => s.stance === 'DENIES');
    const claim = suggestions.find((s) => s.quoteText.includes('ditembak jatuh'));
    expect(claim).toBeDefined();
    expect(denial?.answersKey).toBe(claim?.key);
  });

  it('says how sure it is, and why not', () => {
    for (const s of suggestClaims(body, 'id', [])) {
      expect(typeof s.confident).toBe('boolean');
      expect(Array.isArray(s.doubts)).toBe(true);
    }
  });

  it('copes with empty text', () => {
    expect(suggestClaims('', 'id', [])).toEqual([]);
  });
});
