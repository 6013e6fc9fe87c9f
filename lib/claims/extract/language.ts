// Language detection by counting each lexicon's function words in a sample of the text. Function
// words are frequent and rarely shared between English and Indonesian, so a few hundred words decide.
import { ALL_LEXICONS } from './lexicons';
import type { Language } from './types';

const SAMPLE_CHARS = 20_000;
const WORD = /\p{L}+/gu;

export function detectLanguage(text: string): Language {
  const sample = text.slice(0, SAMPLE_CHARS).toLowerCase();
  const sets = ALL_LEXICONS.map((lex) => ({ language: lex.language, words: new Set(lex.functionWords), hits: 0 }));
  for (const m of sample.matchAll(WORD)) {
    for (const s of sets) if (s.words.has(m[0])) s.hits++;
  }
  let best: Language = 'en';
  let bestHits = 0;
  for (const s of sets) {
    if (s.hits > bestHits) {
      best = s.language;
      bestHits = s.hits;
    }
  }
  return best;
}
