// Article mode: a whole article is matched sentence by sentence, so each checkable sentence can
// find its own earlier check. Uses the extractor's segmentation (quotations are never cut and
// "Dr." or "U.S." do not end a sentence). Pure.
import { segment } from '@/lib/claims/extract/segment';
import { ALL_LEXICONS } from '@/lib/claims/extract/lexicons';
import { MAX_ARTICLE_CHARACTERS, MAX_ARTICLE_SENTENCES } from './limits';

export interface ArticleSentence {
  start: number;
  end: number;
  text: string;
}

const ABBREVIATIONS: ReadonlySet<string> = new Set(ALL_LEXICONS.flatMap((lexicon) => lexicon.abbreviations));
// Shorter sentences ("Baca juga:", a dateline) hold no claim worth matching.
const MIN_WORDS = 5;

export function splitSentences(article: string): ArticleSentence[] {
  const text = article.slice(0, MAX_ARTICLE_CHARACTERS);
  const sentences: ArticleSentence[] = [];
  for (const paragraph of segment(text, ABBREVIATIONS)) {
    for (const [first, last] of paragraph.sentences) {
      const start = paragraph.tokens[first]?.start;
      const end = paragraph.tokens[last - 1]?.end;
      if (start === undefined || end === undefined) continue;
      const sentence = text.slice(start, end);
      if ((sentence.match(/[\p{L}\p{N}]+/gu) ?? []).length < MIN_WORDS) continue;
      sentences.push({ start, end, text: sentence });
      if (sentences.length === MAX_ARTICLE_SENTENCES) return sentences;
    }
  }
  return sentences;
}
