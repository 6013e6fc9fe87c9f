// Puts verified claims into a throwaway database so the matcher can rank them: each a Claim (the
// verified statement) with one Attribution holding its extra text (the fact-check's title) as the
// quote, in one holding article, by one loader account made per load; nothing else in the project
// knows about them. Rows are written in batches by unnest(), with creation times in the order of
// the file (a millisecond apart), as if checked in that order. Then the tables are vacuumed, as
// autovacuum leaves a live database: each claim was written twice (its attribution's trigger
// rewrites its match vector), and until a vacuum every index probe also visits the dead versions
// and the full-text index's unmerged pending list (measured: 5 times slower queries).
import pg from 'pg';
import type { TsvRow } from './match-tsv';

const BATCH = 2_000;
const LOADER_USER = 'match-claims-loader';
const HOLDING_ARTICLE = 'match-claims-holding-article';

export async function loadVerifiedClaims(connectionString: string, claims: readonly TsvRow[]): Promise<void> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query(
      `INSERT INTO "User" (id, email, name, "passwordHash", role, disabled, "updatedAt")
       VALUES ($1, 'match-claims-loader@localhost.invalid', 'match-claims loader', '!', 'VIEWER', true, now())`,
      [LOADER_USER],
    );
    await client.query(
      `INSERT INTO "Article" (id, title, body, "rawInput", "inputKind", "createdById", "updatedAt")
       VALUES ($1, 'Holding article for verified claims loaded by match-claims', '', '', 'match-claims', $2, now())`,
      [HOLDING_ARTICLE, LOADER_USER],
    );
    const firstCreatedAt = new Date(Date.now() - claims.length);
    for (let i = 0; i < claims.length; i += BATCH) {
      const batch = claims.slice(i, i + BATCH);
      await client.query(
        `WITH claims AS (
           INSERT INTO "Claim" (id, summary, language, "createdById", "createdAt", "updatedAt")
           SELECT id, statement, 'en', $4, $6::timestamptz + ($7::int + n) * interval '1 millisecond', now()
           FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS t(id, statement, n)
           RETURNING id)
         INSERT INTO "Attribution" (id, "claimId", "articleId", "quoteStart", "quoteEnd", "quoteText", "createdById", "updatedAt")
         SELECT t.id, t.id, $5, 0, length(t.quote), t.quote, $4, now()
         FROM unnest($1::text[], $3::text[]) AS t(id, quote) JOIN claims USING (id)`,
        [
          batch.map((c) => c.id),
          batch.map((c) => c.text),
          batch.map((c) => c.extra ?? ''),
          LOADER_USER,
          HOLDING_ARTICLE,
          firstCreatedAt,
          i,
        ],
      );
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    await client.end();
    throw error;
  }
  try {
    await client.query('VACUUM ANALYZE "Claim", "Attribution"');
  } finally {
    await client.end();
  }
}
