// Ranks existing claims for a text: "has this been checked before?". One entry point for the
// workspace, the suggestions, a desk search box and the match-claims command. Bounded whatever
// the input: an empty text answers at once, a long one is cut (limits.ts), at most
// MAX_QUERY_TERMS terms reach the database, and PostgreSQL stops the query after
// STATEMENT_TIMEOUT_MS (the pool's connections carry it: match-pool.ts). Takes the pool and does
// not import 'server-only', so scripts run the same code as the app.
import type { MatchableClaim, MatchContext } from './claim-text';
import { CANDIDATES, DEFAULT_LIMIT } from './limits';
import type { MatchPool } from './match-pool';
import { normalizeQuery } from './normalize-query';
import { planQuery } from './query-plan';
import { readCandidates, type MatchScope } from './read-candidates';
import { rankCandidates } from './rank-candidates';
import { termStatsFor } from './term-stats-cache';
import { guessLanguage, tokenize, words } from './tokenize';

export interface ClaimMatch {
  claim: MatchableClaim;
  /** Higher is closer; about 0..2.5 (score.ts), comparable across queries. */
  score: number;
  /**
   * How much the text and the claim's statement (or quote) are the same words, 0..1: the smaller of
   * the shares of each side's distinct stems found in the other. 1 = the same words; a claim that is
   * a small part of the text, or a text that is a small part of it, scores low. Independent of the
   * collection, unlike `score`.
   */
  overlap: number;
}

/** Why there are no matches or fewer than asked, as a code the interface words in its language:
 * too few words to match, nothing shares a word or matches, or only the beginning was matched. */
export type MatchNotice = 'needWords' | 'noSharedWord' | 'noMatch' | 'truncated';

export interface MatchResult {
  matches: ClaimMatch[];
  notice: MatchNotice | null;
}

export interface MatchOptions extends MatchContext {
  /** 'desk': every claim not deleted (default); 'published': verdicts readers can see. */
  scope?: MatchScope;
  limit?: number;
}

export async function matchClaims(pool: MatchPool, text: string, options: MatchOptions = {}): Promise<MatchResult> {
  const { text: query, truncated } = normalizeQuery(text);
  const cut = truncated ? 'truncated' : null;
  const language = options.language ?? guessLanguage(words(query));
  const tokens = tokenize(query, language);
  if (tokens.length === 0) return { matches: [], notice: 'needWords' };
  const stats = await termStatsFor(pool);
  const plan = planQuery(tokens, stats, language);
  const { terms } = plan;
  if (terms.length === 0) return { matches: [], notice: cut ?? 'noSharedWord' };

  // One statement, so no transaction around it: the pool's connections are read-only and time out.
  const candidates = await readCandidates(pool, {
    termQueries: terms.map((t) => t.tsquery),
    termWeights: terms.map((t) => t.idf),
    text: query,
    scope: options.scope ?? 'desk',
    limit: CANDIDATES,
  });

  const ranked = rankCandidates({ plan, averageLength: stats.averageLength, language, context: options }, candidates);
  const queryStems = new Set(tokens.map((t) => t.stem));
  // Only the matches returned are compared word for word with the query.
  const matches = ranked.slice(0, options.limit ?? DEFAULT_LIMIT).map((match) => {
    const claimLanguage = match.claim.language ?? language;
    const statement = mutualOverlap(queryStems, tokenize(match.claim.statement, claimLanguage));
    const quote = mutualOverlap(queryStems, tokenize(match.claim.quote ?? '', claimLanguage));
    return { ...match, overlap: Math.max(statement, quote) };
  });
  return { matches, notice: cut ?? (matches.length === 0 ? 'noMatch' : null) };
}

/** The smaller of the shares of each side's distinct stems found in the other (0 when either is empty). */
function mutualOverlap(query: ReadonlySet<string>, field: readonly { stem: string }[]): number {
  const stems = new Set(field.map((t) => t.stem));
  if (query.size === 0 || stems.size === 0) return 0;
  let shared = 0;
  for (const stem of stems) if (query.has(stem)) shared++;
  return Math.min(shared / query.size, shared / stems.size);
}
