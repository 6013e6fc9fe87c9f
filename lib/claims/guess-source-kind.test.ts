import { describe, expect, it } from 'vitest';
import { guessSourceKind } from './guess-source-kind';

describe('guessSourceKind', () => {
  it('recognises common source shapes in both languages', () => {
    expect(guessSourceKind('Kementerian pertahanan Armenia')).toBe('MILITARY');
    expect(guessSourceKind('Kantor berita negara, Armenpress')).toBe('MEDIA');
    expect(guessSourceKind('the influential US daily')).toBe('MEDIA');
    expect(guessSourceKind('Presiden Azerbaijan Ilham Aliyev')).toBe('GOVERNMENT');
    expect(guessSourceKind('Forum Warga Ciliwaru')).toBe('ORGANIZATION');
    expect(guessSourceKind('Ilham Aliyev')).toBe('PERSON');
    expect(guessSourceKind('Turki')).toBe('GOVERNMENT');
    expect(guessSourceKind('seorang saksi mata')).toBe('OTHER');
  });
});
