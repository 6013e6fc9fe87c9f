// Words of a text as the matcher compares them: lower-cased, accents folded, function words
// dropped, each reduced to a stem (Porter for English, a light affix cut for Indonesian) so that
// "divested" finds "divest" and "kebakaran" finds "terbakar". The same functions stem the words
// PostgreSQL indexed (term-stats.ts), so the database is searched for words claims really contain.
import { stemmer } from 'stemmer';
import type { MatchLanguage } from './claim-text';
import { stemIndonesian } from './stem-id';
import { STOP_WORDS } from './stop-words';

export interface MatchToken {
  /** Lower-cased, accents and apostrophes folded. */
  word: string;
  stem: string;
}

// Letters and digits, with inner apostrophes dropped ("Trump's" -> "trumps" -> stem "trump").
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
const MAX_WORD = 40;

export function foldWord(raw: string): string {
  return raw
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/['’]/gu, '')
    .toLowerCase();
}

/** Which stop-word list a text leans to; English when it says nothing either way. */
export function guessLanguage(words: readonly string[]): MatchLanguage {
  let en = 0;
  let id = 0;
  for (const w of words) {
    if (STOP_WORDS.en.has(w)) en++;
    if (STOP_WORDS.id.has(w)) id++;
  }
  return id > en ? 'id' : 'en';
}

export function stemWord(word: string, language: MatchLanguage): string {
  if (/\d/u.test(word)) return word; // numbers and codes are matched as written
  return language === 'id' ? stemIndonesian(word) : stemmer(word);
}

/** All words of the text, folded, before stop words are dropped. */
export function words(text: string): string[] {
  return (text.match(WORD) ?? []).map(foldWord).filter((w) => w.length > 0 && w.length <= MAX_WORD);
}

export function tokenize(text: string, language?: MatchLanguage | null): MatchToken[] {
  const all = words(text);
  const lang = language ?? guessLanguage(all);
  const stop = STOP_WORDS[lang];
  return all.filter((w) => !stop.has(w) && !(w.length === 1 && !/\d/u.test(w))).map((word) => ({ word, stem: stemWord(word, lang) }));
}
