import { describe, expect, it } from 'vitest';
import { stemIndonesian } from './stem-id';
import { guessLanguage, tokenize, words } from './tokenize';

const stems = (text: string, language?: 'en' | 'id') => tokenize(text, language).map((t) => t.stem);

describe('tokenize', () => {
  it('drops English function words and stems the rest', () => {
    expect(stems('Trump has divested from his businesses', 'en')).toEqual(['trump', 'divest', 'busi']);
  });

  it('folds accents and apostrophes so spellings meet', () => {
    expect(stems('Beyoncé’s café', 'en')).toEqual(stems("Beyonce's cafe", 'en'));
  });

  it('cuts Indonesian affixes so related forms share a stem', () => {
    expect(stems('kebakaran hutan', 'id')).toEqual(stems('hutan terbakar', 'id').reverse());
    expect(stemIndonesian('menolak')).toBe('tolak');
    expect(stemIndonesian('ditolak')).toBe('tolak');
    expect(stemIndonesian('memukul')).toBe('pukul');
    expect(stemIndonesian('bukunya')).toBe('buku');
    // Short words are left whole rather than cut to nothing.
    expect(stemIndonesian('dian')).toBe('dian');
  });

  it('keeps numbers as written', () => {
    expect(stems('70 per cent of 2016 arrests', 'en')).toEqual(['70', 'per', 'cent', '2016', 'arrest']);
  });

  it('guesses the language from its function words', () => {
    expect(guessLanguage(words('Menteri itu menolak tuduhan yang disampaikan oleh oposisi'))).toBe('id');
    expect(guessLanguage(words('The minister denied that the funds were moved'))).toBe('en');
  });
});
