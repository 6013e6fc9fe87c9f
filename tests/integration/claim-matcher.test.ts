// The claim matcher against a real PostgreSQL (issue 14): it finds the earlier claim that a new
// text repeats, prefers the same source, leaves out deleted claims, respects the published scope,
// and answers an empty or 100 kB query with a clear notice instead of an error or a long wait.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matchArticle } from '@/lib/matching/match-article';
import { matchClaims } from '@/lib/matching/match-claims';
import { createMatchPool, type MatchPool } from '@/lib/matching/match-pool';
import { createTeam, createTestClaim, testDb, unique } from '../support/factories';

let pool: MatchPool;
let marker: string;
const ids: Record<string, string> = {};

async function claim(key: string, summary: string, extra: { sourceId?: string; publication?: 'PUBLISHED'; deleted?: boolean } = {}) {
  const team = await createTeam();
  const article = await testDb.article.create({ data: { title: key, body: summary, rawInput: summary, createdById: team.editor.id } });
  const row = await createTestClaim(
    { summary, publication: extra.publication ?? 'DRAFT', deletedAt: extra.deleted ? new Date() : null, createdById: team.editor.id },
    { articleId: article.id, sourceId: extra.sourceId ?? null, quoteStart: 0, quoteEnd: summary.length, quoteText: summary },
  );
  ids[key] = row.id;
}

beforeAll(async () => {
  pool = createMatchPool(process.env.DATABASE_URL ?? '', 2);
  marker = unique('Sukamaju')
    .replace(/[^a-z0-9]/giu, '')
    .toLowerCase();
  const source = await testDb.source.create({ data: { name: `Bupati ${marker}`, normalizedName: `bupati ${marker}` } });
  await claim('dam', `Tanggul ${marker} jebol karena hujan deras selama tiga hari`, { publication: 'PUBLISHED' });
  await claim('damSameSource', `Tanggul ${marker} jebol karena hujan deras selama tiga hari`, { sourceId: source.id });
  await claim('rice', `Harga beras di ${marker} naik dua puluh persen bulan ini`);
  await claim('deleted', `Jembatan ${marker} runtuh diterjang banjir bandang`, { deleted: true });
  ids.source = source.id;
});

afterAll(async () => {
  await pool.end();
});

describe('matchClaims', () => {
  it('ranks the claim a new text repeats first, and prefers the same source when it is known', async () => {
    const text = `Menurut warga, tanggul ${marker} jebol setelah hujan deras tiga hari`;
    const { matches } = await matchClaims(pool, text);
    const top2 = matches.slice(0, 2).map((m) => m.claim.id);
    expect(top2.sort()).toEqual([ids.dam, ids.damSameSource].sort());
    const withSource = await matchClaims(pool, text, { sourceId: ids.source });
    expect(withSource.matches[0]?.claim.id).toBe(ids.damSameSource);
    expect(withSource.matches[0]?.claim.statement).toContain('Tanggul');
  });

  it('searches only published verdicts when asked', async () => {
    const { matches } = await matchClaims(pool, `tanggul ${marker} jebol`, { scope: 'published' });
    expect(matches.map((m) => m.claim.id)).toContain(ids.dam);
    expect(matches.map((m) => m.claim.id)).not.toContain(ids.damSameSource);
  });

  it('never returns a deleted claim', async () => {
    const { matches } = await matchClaims(pool, `jembatan ${marker} runtuh diterjang banjir bandang`);
    expect(matches.map((m) => m.claim.id)).not.toContain(ids.deleted);
  });

  it('answers an empty query, or one of only function words, with a notice', async () => {
    for (const text of ['', '   ', 'yang dan di', '!!!']) {
      const result = await matchClaims(pool, text);
      expect(result.matches).toEqual([]);
      expect(result.notice).toBe('needWords');
    }
  });

  it('answers a 100 kB query with matches from its beginning and a notice that it was cut', async () => {
    const text = `Harga beras di ${marker} naik dua puluh persen. ` + 'kata '.repeat(20_000);
    expect(text.length).toBeGreaterThan(100_000);
    const result = await matchClaims(pool, text);
    expect(result.matches[0]?.claim.id).toBe(ids.rice);
    expect(result.notice).toBe('truncated');
  });
});

describe('the matcher pool', () => {
  it('opens read-only connections that stop any statement after the matcher timeout', async () => {
    const settings = await pool.query<{ timeout: string; readOnly: string }>(
      `SELECT current_setting('statement_timeout') AS timeout, current_setting('default_transaction_read_only') AS "readOnly"`,
    );
    expect(settings.rows[0]).toEqual({ timeout: '2s', readOnly: 'on' });
    await expect(pool.query('SELECT pg_sleep(3)')).rejects.toThrow(/statement timeout/);
    await expect(pool.query(`UPDATE "Claim" SET summary = summary WHERE id = $1`, [ids.rice])).rejects.toThrow(/read-only/);
  });
});

describe('matchArticle', () => {
  it('finds, sentence by sentence, the earlier claims a new article repeats', async () => {
    const article = [
      `Warga melaporkan bahwa tanggul ${marker} jebol karena hujan deras selama tiga hari.`,
      'Cuaca hari ini cerah berawan di sebagian besar wilayah pesisir utara.',
      `Pedagang mengeluh harga beras di ${marker} naik dua puluh persen bulan ini.`,
    ].join(' ');
    const found = await matchArticle(pool, article);
    expect(found.map((f) => f.sentence.text.slice(0, 20))).toEqual(['Warga melaporkan bah', 'Pedagang mengeluh ha']);
    expect(found[1]?.matches[0]?.claim.id).toBe(ids.rice);
  });
});
