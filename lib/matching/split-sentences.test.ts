import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE_SENTENCES } from './limits';
import { splitSentences } from './split-sentences';

describe('splitSentences', () => {
  it('splits an article into sentences with their offsets, keeping quotations and abbreviations whole', () => {
    const article =
      'Dr. Budi Santoso said the dam broke at noon on Tuesday. "It was old, it was weak. We warned them," he said.\n\nBaca juga: Banjir.\nThe governor denied that funds had been moved last year.';
    const sentences = splitSentences(article);
    expect(sentences.map((s) => s.text)).toEqual([
      'Dr. Budi Santoso said the dam broke at noon on Tuesday.',
      '"It was old, it was weak. We warned them," he said.',
      'The governor denied that funds had been moved last year.',
    ]);
    for (const s of sentences) expect(article.slice(s.start, s.end)).toBe(s.text);
  });

  it('matches at most MAX_ARTICLE_SENTENCES sentences of a huge article', () => {
    const article = 'Warga mengatakan bahwa tanggul itu jebol kemarin sore. '.repeat(5_000);
    expect(splitSentences(article)).toHaveLength(MAX_ARTICLE_SENTENCES);
  });
});
