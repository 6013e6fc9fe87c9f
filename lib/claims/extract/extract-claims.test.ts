import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract-claims';
import type { ClaimCandidate } from './types';

// Fictional fixtures: invented people, places and events.
const slice = (text: string, span: [number, number] | null): string | null => (span ? text.slice(span[0], span[1]) : null);

function only(text: string, language?: 'id' | 'en'): ClaimCandidate {
  const claims = extractClaims(text, language ? { language } : {});
  expect(claims).toHaveLength(1);
  const [claim] = claims;
  if (!claim) throw new Error('no claim');
  return claim;
}

describe('English attributions', () => {
  it('takes a quotation before "X said" as the content and X as the source', () => {
    const text = '"The bridge will open in May," Mayor Dana Whitlock said on Tuesday.';
    const c = only(text);
    expect(slice(text, c.content)).toBe('"The bridge will open in May,"');
    expect(slice(text, c.source)).toBe('Mayor Dana Whitlock');
    expect(slice(text, c.cue)).toBe('said');
    expect(c.sourceName).toBe('Dana Whitlock');
    expect(c.stance).toBe('ASSERTS');
    expect(c.language).toBe('en');
  });

  it('handles the inverted "said X" after a quotation', () => {
    const text = '“We found no leak,” said Priya Oduya, an engineer at the plant.';
    const c = only(text);
    expect(slice(text, c.content)).toBe('“We found no leak,”');
    expect(slice(text, c.source)).toContain('Priya Oduya');
  });

  it('takes a quotation after "X said:"', () => {
    const text = 'The councillor said: "Nobody asked the residents."';
    const c = only(text);
    expect(slice(text, c.content)).toBe('"Nobody asked the residents."');
    expect(slice(text, c.source)).toBe('The councillor');
  });

  it('joins a quotation resumed after the cue', () => {
    const text = '“The fund is empty,” the treasurer said. “We will need a loan by June.”';
    const c = only(text);
    expect(slice(text, c.content)).toBe(text.slice(0, 20) + text.slice(20, 39) + text.slice(39));
  });

  it('keeps "that" reported speech and skips the addressee of "told"', () => {
    const text = 'Governor Ella Marsh told reporters that the budget would be balanced.';
    const c = only(text);
    expect(slice(text, c.content)).toBe('that the budget would be balanced');
    expect(c.sourceName).toBe('Ella Marsh');
  });

  it('reads "according to X, ..." and "..., according to X."', () => {
    const a = 'According to the Harbor Gazette, the ferry lost money for a decade.';
    expect(slice(a, only(a).content)).toBe('the ferry lost money for a decade');
    expect(slice(a, only(a).source)).toBe('the Harbor Gazette');
    const b = 'The ferry lost money for a decade, according to the Harbor Gazette.';
    expect(slice(b, only(b).content)).toBe('The ferry lost money for a decade');
  });

  it('marks denials as DENIES', () => {
    const text = 'The company denied that it had hidden the report.';
    const c = only(text);
    expect(c.stance).toBe('DENIES');
    expect(slice(text, c.content)).toBe('that it had hidden the report');
  });

  it('resolves "he said" to the nearest earlier named source', () => {
    const text = 'Senator Omar Castell said the vote was rigged. "I will appeal," he said.';
    const claims = extractClaims(text);
    expect(claims).toHaveLength(2);
    expect(slice(text, claims[1]?.source ?? null)).toBe('he');
    expect(claims[1]?.sourceName).toBe('Omar Castell');
  });

  it('finds the source of ", saying" in the sentence subject', () => {
    const text = 'The union rejected the offer, saying wages had fallen for years.';
    const claims = extractClaims(text);
    const saying = claims.find((c) => slice(text, c.cue) === 'saying');
    expect(slice(text, saying?.content ?? null)).toBe('wages had fallen for years');
    expect(slice(text, saying?.source ?? null)).toBe('The union');
  });

  it('names an apposition by its proper name', () => {
    const text = 'The regional daily, The Lakeside Courier, reported that the dam was cracked.';
    const c = extractClaims(text)[0];
    expect(c?.sourceName).toBe('The Lakeside Courier');
  });
});

describe('Indonesian attributions', () => {
  it('resolves "katanya" after a quotation to the previous named source', () => {
    const text = 'Gubernur Rina Halim berjanji membangun jembatan baru. "Kami mulai bulan depan," katanya.';
    const claims = extractClaims(text);
    const katanya = claims.find((c) => slice(text, c.cue) === 'katanya');
    expect(slice(text, katanya?.content ?? null)).toBe('"Kami mulai bulan depan,"');
    expect(slice(text, katanya?.source ?? null)).toBe('nya');
    expect(katanya?.sourceName).toBe('Rina Halim');
  });

  it('reads "..., ujar X" and "X mengatakan bahwa ..."', () => {
    const a = '"Harga beras akan turun," ujar Menteri Pangan Budi Santoso.';
    expect(only(a).sourceName).toBe('Budi Santoso');
    const b = 'Dinas kesehatan kota mengatakan bahwa wabah sudah terkendali.';
    expect(slice(b, only(b).content)).toBe('bahwa wabah sudah terkendali');
    expect(only(b).language).toBe('id');
  });

  it('reads "menurut X, ..."', () => {
    const text = 'Menurut Badan Cuaca Nasional, hujan lebat akan turun pekan ini.';
    const c = only(text);
    expect(slice(text, c.source)).toBe('Badan Cuaca Nasional');
    expect(slice(text, c.content)).toBe('hujan lebat akan turun pekan ini');
  });

  it('marks "membantah" as DENIES', () => {
    const text = 'Perusahaan itu membantah tuduhan pencemaran sungai.';
    expect(only(text).stance).toBe('DENIES');
  });

  it('gives a cue in a relative clause the sentence subject as source', () => {
    const text = 'Kepolisian merilis foto mobil yang dikatakan telah dicuri dari gudang.';
    const c = only(text);
    expect(slice(text, c.source)).toBe('Kepolisian');
    expect(slice(text, c.content)).toBe('telah dicuri dari gudang');
  });

  it('ignores title-case headline lines and stops at page furniture', () => {
    const text = [
      'Warga Desa Sukamaju mengatakan, air sumur mereka keruh.',
      'Baca juga: Menteri Mengaku Tidak Tahu Soal Sumur',
      'Halaman:',
      'Kata Pejabat Soal Sumur Keruh di Desa',
      'Bupati mengatakan, semua sumur akan diperiksa.',
    ].join('\n');
    const claims = extractClaims(text);
    expect(claims).toHaveLength(1);
    expect(claims[0]?.sourceName).toBe('Warga Desa Sukamaju');
  });
});

describe('language detection', () => {
  it('detects Indonesian and English when no language is given', () => {
    expect(extractClaims('Juru bicara itu mengatakan bahwa kantor akan ditutup.')[0]?.language).toBe('id');
    expect(extractClaims('The spokesman said that the office would close.')[0]?.language).toBe('en');
  });

  it('honours an explicit language', () => {
    expect(extractClaims('Rapat itu, katanya, ditunda.', { language: 'en' })).toEqual([]);
  });
});
