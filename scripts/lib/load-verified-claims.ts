// Puts verified claims into a throwaway database so the matcher can rank them. A Claim row needs
// an article and an author today, so one holding article and one loader account are made per load;
// nothing else in the project knows about them. Rows are written in batches by unnest(), with
// creation times in the order of the file (a millisecond apart), as if checked in that order.
import type pg from 'pg';
import type { TsvRow } from './match-tsv';

const BATCH = 2_000;
const LOADER_USER = 'match-claims-loader';
const HOLDING_ARTICLE = 'match-claims-holding-article';

export async function loadVerifiedClaims(pool: pg.Pool, claims: readonly TsvRow[]): Promise<void> {
  const client = await pool.connect();
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
        `INSERT INTO "Claim" (id, "articleId", "quoteStart", "quoteEnd", "quoteText", summary, "createdById", "createdAt", "updatedAt")
         SELECT id, $4, 0, length(quote), quote, statement, $5, $6::timestamptz + ($7::int + n) * interval '1 millisecond', now()
         FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS t(id, statement, quote, n)`,
        [
          batch.map((c) => c.id),
          batch.map((c) => c.text),
          batch.map((c) => c.extra ?? ''),
          HOLDING_ARTICLE,
          LOADER_USER,
          firstCreatedAt,
          i,
        ],
      );
    }
    await client.query('COMMIT');
    await client.query('ANALYZE "Claim"');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
