// The matcher's bounds, in one place: what a query may cost, whatever text it is given.

/** Longer input is cut here (a 100 kB paste still answers fast): a claim fits easily, an article is split. */
export const MAX_QUERY_CHARACTERS = 4_000;
/** At most this many distinct query terms reach the database: the rarest ones, which discriminate. */
export const MAX_QUERY_TERMS = 24;
/** Candidates read from PostgreSQL and re-ranked here. On the CLEF benchmark 30, 40 and 60 rank
 * alike (MAP@5 0.871 each), and each candidate costs two trigram comparisons: most of a query's time. */
export const CANDIDATES = 30;
/** Ranked matches returned by default. */
export const DEFAULT_LIMIT = 10;
/** PostgreSQL stops a matcher query after this long (statement_timeout), whatever the data. */
export const STATEMENT_TIMEOUT_MS = 2_000;
/** Reading the collection statistics (one pass over every claim, once a minute at most) may take longer. */
export const STATS_TIMEOUT_MS = 60_000;
/** Article mode: sentences matched, and the text read, at most. */
export const MAX_ARTICLE_SENTENCES = 200;
export const MAX_ARTICLE_CHARACTERS = 200_000;
