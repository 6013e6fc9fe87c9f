// The one module that knows where claims are stored: it reads the matcher's view of a claim
// (claim-text.ts) from the Claim and Attribution tables. Candidates come from Claim."matchVector"
// (the statement and every quote, kept by triggers: claim_match_vector migration), so a query term
// counts once per claim wherever it is said. Statement = Claim.summary; quote, source and stance =
// the claim's first attribution (where it was first said). The ranking does not know the tables.
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
  language: string;
  sourceId: string | null;
  stance: MatchStance | null;
  publication: MatchPublication;
  createdAt: Date;
  trigram: number;
}

const VISIBLE = `c."deletedAt" IS NULL`;
const SCOPE: Record<MatchScope, string> = { desk: 'TRUE', published: `c."publication" = 'PUBLISHED'` };

const FIRST_ATTRIBUTION = `LEFT JOIN LATERAL (SELECT a."quoteText", a."sourceId", a.stance FROM "Attribution" a
  WHERE a."claimId" = c.id ORDER BY a."createdAt", a.id LIMIT 1) f ON TRUE`;

export async function readCandidates(db: pg.Pool | pg.ClientBase, q: CandidateQuery): Promise<Candidate[]> {
  const where = `${VISIBLE} AND ${SCOPE[q.scope]}`;
  const { rows } = await db.query<CandidateRow>({
    text: `
      WITH terms AS MATERIALIZED (SELECT t.q::tsquery AS q, t.w FROM unnest($1::text[], $2::float8[]) AS t(q, w)),
      -- One index lookup per term (a nested loop over the terms) on the claim's one vector of its
      -- statement and quotes, summed per claim: far cheaper than testing every term against every claim.
      by_terms AS (
        SELECT c.id, sum(t.w) AS weight FROM terms t JOIN "Claim" c ON c."matchVector" @@ t.q
        WHERE ${where} GROUP BY c.id ORDER BY weight DESC, c.id LIMIT $4
      )
      SELECT c.id, by_terms.weight, c."summary" AS statement, c.language, f."quoteText" AS quote, f."sourceId", f.stance::text AS stance,
        c.publication::text AS publication, c."createdAt",
        greatest(word_similarity(c."summary", $3), word_similarity(coalesce(f."quoteText", ''), $3)) AS trigram
      FROM by_terms JOIN "Claim" c ON c.id = by_terms.id ${FIRST_ATTRIBUTION}
      ORDER BY by_terms.weight DESC, c.id`,
    values: [q.termQueries, q.termWeights, q.text, q.limit],
  });
  return rows.map((row) => ({
    ...row,
    quote: row.quote || null,
    stance: row.stance ?? 'ASSERTS',
    language: row.language === 'en' || row.language === 'id' ? row.language : null,
    weight: Number(row.weight),
    trigram: Number(row.trigram),
  }));
}

/** Lexemes of every visible claim (statement and quotes) with their counts (term-stats.ts), and how many claims there are. */
export async function readLexemeCounts(client: pg.ClientBase): Promise<{ claims: number; rows: LexemeCount[] }> {
  const count = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Claim" c WHERE ${VISIBLE}`);
  const { rows } = await client.query<LexemeCount>(
    `SELECT word, ndoc, nentry FROM ts_stat('SELECT "matchVector" FROM "Claim" c WHERE ${VISIBLE}')`,
  );
  return { claims: Number(count.rows[0]?.n ?? 0), rows };
}
