// The matcher's bounds, in one place: what a query may cost, whatever text it is given.

/** Longer input is cut here (a 100 kB paste still answers fast): a claim fits easily, an article is split. */
export const MAX_QUERY_CHARACTERS = 4_000;
/** At most this many distinct query terms reach the database: the rarest ones, which discriminate. */
export const MAX_QUERY_TERMS = 24;
/** Candidates read from PostgreSQL and re-ranked here. */
export const CANDIDATES = 60;
/** Ranked matches returned by default. */
export const DEFAULT_LIMIT = 10;
/** PostgreSQL stops a matcher query after this long (statement_timeout), whatever the data. */
export const STATEMENT_TIMEOUT_MS = 2_000;
/** Article mode: sentences matched, and the text read, at most. */
export const MAX_ARTICLE_SENTENCES = 200;
export const MAX_ARTICLE_CHARACTERS = 200_000;
