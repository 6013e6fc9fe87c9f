import { describe, expect, it } from 'vitest';
import { adviseStatement } from './statement-rules';

describe('statement rules', () => {
  it('refuse a statement that is still exactly the words it was made from', () => {
    const quote = 'tuduhan itu sebagai "propaganda murahan"';
    expect(adviseStatement(quote, [quote]).errors).toContain('rawWords');
    // Spacing, case and surrounding marks do not make it the editor's own statement.
    expect(adviseStatement(`  “Tuduhan  itu sebagai "propaganda murahan".”`, [quote]).errors).toContain('rawWords');
    expect(adviseStatement('Turki menembak jatuh Su-25 Armenia', [quote]).errors).toEqual([]);
  });

  it('refuse unbalanced quotation marks, and accept paired ones', () => {
    expect(adviseStatement('tuduhan itu sebagai "propaganda murahan', []).errors).toEqual(['unbalancedQuotes']);
    expect(adviseStatement('Turki menyebut tuduhan itu "propaganda murahan"', []).errors).toEqual([]);
    // An apostrophe inside a word is no quotation mark.
    expect(adviseStatement("Armenia's SU-25 was shot down by a Turkish F-16", []).errors).toEqual([]);
  });

  it('warn, without refusing, about length and rating words', () => {
    const long = 'Turkish F-16 fighter jets shot down an Armenian SU-25 over Armenian airspace on Tuesday morning near the border';
    expect(adviseStatement(long, [])).toEqual({ errors: [], warnings: [{ rule: 'long', length: long.length }] });
    expect(adviseStatement('Klaim hoaks: vaksin berisi chip', []).warnings).toEqual([{ rule: 'ratingWords', words: ['hoaks'] }]);
    expect(adviseStatement('The false claim that the bridge collapsed', []).warnings).toEqual([{ rule: 'ratingWords', words: ['false'] }]);
    // Whole words only: "membenarkan" and "salahkan" are not ratings.
    expect(adviseStatement('Menteri membenarkan harga naik', []).warnings).toEqual([]);
  });
});
