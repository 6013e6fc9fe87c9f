// Turns a query text into what the database is asked: the query's stems that occur in some claim,
// the rarest first, then those the statistics do not know yet (at most MAX_QUERY_TERMS: a 4,000-character paste asks for no more than a
// tweet), each with its idf and the indexed lexemes that spell it, written as tsquery text.
import type { MatchLanguage } from './claim-text';
import { MAX_QUERY_TERMS } from './limits';
import { idf, type TermStats } from './term-stats';
import type { MatchToken } from './tokenize';

export interface QueryTerm {
  stem: string;
  idf: number;
  /** Times the stem occurs in the query. */
  count: number;
  /** tsquery text: the lexemes of the stem, or-ed ('divest' | 'divested'). */
  tsquery: string;
}

// tsquery input: a lexeme in single quotes, quotes doubled and backslashes escaped.
const quoteLexeme = (lexeme: string) => `'${lexeme.replace(/\\/gu, '\\\\').replace(/'/gu, "''")}'`;

export interface QueryPlan {
  terms: QueryTerm[];
  /** idf summed over every stem of the query, also those no claim holds (as if in none) and those
   * left out: what a perfect match would have. Scores are fractions of it, so a sentence sharing one
   * word with a claim is not taken for a repeat of it. */
  totalIdf: number;
}

/** Words unknown to the statistics (saved since they were read) asked for at most: each is an index probe. */
const MAX_UNKNOWN_TERMS = 4;

export function planQuery(tokens: readonly MatchToken[], stats: TermStats, language: MatchLanguage): QueryPlan {
  const counts = new Map<string, number>();
  const spellings = new Map<string, Set<string>>();
  for (const t of tokens) {
    counts.set(t.stem, (counts.get(t.stem) ?? 0) + 1);
    spellings.set(t.stem, (spellings.get(t.stem) ?? new Set()).add(t.word));
  }
  const stems = stats.stems(language);
  const known: QueryTerm[] = [];
  const unknown: QueryTerm[] = [];
  let totalIdf = 0;
  for (const [stem, count] of counts) {
    const entry = stems.get(stem);
    totalIdf += idf(stats, entry?.df ?? 0);
    if (entry) known.push({ stem, count, idf: idf(stats, entry.df), tsquery: entry.lexemes.map(quoteLexeme).join(' | ') });
    // In no claim when the statistics were read (a minute old at most): a claim saved since may hold
    // it, so it is asked for as the query spells it, after the known terms, as rare as a word can be.
    else unknown.push({ stem, count, idf: idf(stats, 0), tsquery: [...(spellings.get(stem) ?? [])].map(quoteLexeme).join(' | ') });
  }
  const byRarity = (a: QueryTerm, b: QueryTerm) => b.idf - a.idf || a.stem.localeCompare(b.stem);
  // A few are enough to find a claim saved since; each costs an index probe that usually finds nothing.
  const fresh = unknown.sort(byRarity).slice(0, MAX_UNKNOWN_TERMS);
  return { terms: [...known.sort(byRarity), ...fresh].slice(0, MAX_QUERY_TERMS), totalIdf };
}
