// The one module that knows where claims are stored: it reads the matcher's view of a claim
// (claim-text.ts) from the Claim table. Statement = Claim.summary, quote = Claim.quoteText,
// language unknown (not a column yet). When claims and attributions are split (issue 14), this
// file changes and the ranking does not.
import type pg from 'pg';
import type { MatchableClaim, MatchPublication, MatchStance } from './claim-text';
import type { LexemeCount } from './term-stats';

export type MatchScope = 'desk' | 'published';

export interface CandidateQuery {
  /** Per-term tsquery text and weight: a candidate's first score is the weight of the terms it holds. */
  termQueries: string[];
  termWeights: number[];
  /** The cleaned query, for trigram similarity. */
  text: string;
  scope: MatchScope;
  limit: number;
}

export interface Candidate extends MatchableClaim {
  /** Summed idf of the query terms the claim holds: the order candidates were picked in. */
  weight: number;
  /** How much of the statement (or quote) appears, spelled alike, in the query: pg_trgm word_similarity. */
  trigram: number;
}

interface CandidateRow {
  weight: number;
  id: string;
  statement: string;
  quote: string;
  sourceId: string | null;
  stance: MatchStance;
  publication: MatchPublication;
  createdAt: Date;
  trigram: number;
}

const VISIBLE = `c."deletedAt" IS NULL`;
const SCOPE: Record<MatchScope, string> = { desk: 'TRUE', published: `c."publication" = 'PUBLISHED'` };

export async function readCandidates(client: pg.ClientBase, q: CandidateQuery): Promise<Candidate[]> {
  const where = `${VISIBLE} AND ${SCOPE[q.scope]}`;
  const { rows } = await client.query<CandidateRow>({
    text: `
      WITH terms AS MATERIALIZED (SELECT t.q::tsquery AS q, t.w FROM unnest($1::text[], $2::float8[]) AS t(q, w)),
      -- One index lookup per term (a nested loop over the terms), summed per claim: far cheaper
      -- than testing every term against every claim that holds any of them.
      by_terms AS (
        SELECT c.id, sum(t.w) AS weight FROM terms t JOIN "Claim" c ON c."searchVector" @@ t.q
        WHERE ${where} GROUP BY c.id ORDER BY weight DESC, c.id LIMIT $4
      )
      SELECT c.id, by_terms.weight, c."summary" AS statement, c."quoteText" AS quote, c."sourceId", c.stance::text AS stance,
        c.publication::text AS publication, c."createdAt",
        greatest(word_similarity(c."summary", $3), word_similarity(c."quoteText", $3)) AS trigram
      FROM by_terms JOIN "Claim" c ON c.id = by_terms.id
      ORDER BY by_terms.weight DESC, c.id`,
    values: [q.termQueries, q.termWeights, q.text, q.limit],
  });
  return rows.map((row) => ({
    ...row,
    quote: row.quote || null,
    language: null,
    weight: Number(row.weight),
    trigram: Number(row.trigram),
  }));
}

/** Lexemes of every visible claim with their counts (term-stats.ts), and how many claims there are. */
export async function readLexemeCounts(client: pg.ClientBase): Promise<{ claims: number; rows: LexemeCount[] }> {
  const count = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Claim" c WHERE ${VISIBLE}`);
  const { rows } = await client.query<LexemeCount>(
    `SELECT word, ndoc, nentry FROM ts_stat('SELECT "searchVector" FROM "Claim" c WHERE ${VISIBLE}')`,
  );
  return { claims: Number(count.rows[0]?.n ?? 0), rows };
}
