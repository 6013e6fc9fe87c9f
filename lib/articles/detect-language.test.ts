import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detect-language';

describe('detectLanguage', () => {
  it('recognises Indonesian news prose', () => {
    expect(
      detectLanguage(
        'Pemerintah kota mengatakan bahwa jalan yang rusak akan diperbaiki pada bulan depan dan warga diminta untuk bersabar.',
      ),
    ).toBe('id');
  });

  it('recognises English news prose', () => {
    expect(detectLanguage('The council said that the bridge, which was damaged in the storm, would reopen to traffic after repairs.')).toBe(
      'en',
    );
  });

  it('returns null when there is too little text to tell', () => {
    expect(detectLanguage('Banjir rob Tanjung Harapan')).toBeNull();
    expect(detectLanguage('')).toBeNull();
  });

  it('returns null for evenly mixed text rather than guessing', () => {
    expect(detectLanguage('the of and to in yang dan di ke dari')).toBeNull();
  });

  it('is not fooled by capitals or punctuation', () => {
    expect(detectLanguage('"YANG DAN DI KE DARI," kata dia. Ini adalah hal yang biasa.')).toBe('id');
  });
});
