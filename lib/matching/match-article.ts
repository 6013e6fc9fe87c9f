// Article mode of the matcher: each sentence of a new article, matched on its own, keeping the
// sentences that have a likely earlier check. Sentences are matched one after another (one
// database connection at a time), at most MAX_ARTICLE_SENTENCES of them.
import { matchClaims, type ClaimMatch, type MatchOptions } from './match-claims';
import type { MatchPool } from './match-pool';
import { splitSentences, type ArticleSentence } from './split-sentences';

export interface SentenceMatches {
  sentence: ArticleSentence;
  matches: ClaimMatch[];
}

/** Below this a match is noise for a sentence (score.ts: a few shared common words). */
export const ARTICLE_MIN_SCORE = 0.5;

export async function matchArticle(pool: MatchPool, article: string, options: MatchOptions = {}): Promise<SentenceMatches[]> {
  const found: SentenceMatches[] = [];
  for (const sentence of splitSentences(article)) {
    const { matches } = await matchClaims(pool, sentence.text, { limit: 3, ...options });
    const likely = matches.filter((m) => m.score >= ARTICLE_MIN_SCORE);
    if (likely.length > 0) found.push({ sentence, matches: likely });
  }
  return found;
}
