// The claim_attributions migration on a database filled the old way (a claim was one quoted span):
// every claim, id, URL, event, piece of evidence, correction and approved snapshot is kept, and each
// claim gets one attribution with exactly its old span, source, cue and stance.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readSnapshot } from '@/lib/claims/public-snapshot';
import { migrateDeploy } from '../../scripts/lib/migrate';

const MIGRATION = '20261230000000_claim_attributions';
const BODY =
  'KOTAUJI - Jembatan Merah ditutup.\n\nDinas PU mengatakan jembatan itu ditutup untuk pemeriksaan rutin.\n\nWali Kota membantah bahwa jembatan retak.';
const QUOTE_A = 'jembatan itu ditutup untuk pemeriksaan rutin';
const QUOTE_B = 'jembatan retak';

let admin: pg.Client;
let db: pg.Client;
let database: string;

async function oldWayFill() {
  await db.query(`INSERT INTO "User" (id, email, name, "passwordHash", role, "updatedAt") VALUES ('u1', 'old@example.test', 'Old Editor', '!', 'EDITOR', now()),
    ('u2', 'old2@example.test', 'Old Reviewer', '!', 'EDITOR', now())`);
  await db.query(`INSERT INTO "Source" (id, name, "normalizedName", kind, "updatedAt") VALUES ('s1', 'Dinas PU', 'dinas pu', 'GOVERNMENT', now()),
    ('s2', 'Wali Kota', 'wali kota', 'PERSON', now())`);
  await db.query(
    `INSERT INTO "Article" (id, title, url, publisher, "publishedAt", language, body, "rawInput", "createdById", "updatedAt")
     VALUES ('a1', 'Jembatan Merah', 'https://news.example/jembatan', 'Warta Uji', '2026-10-01T03:00:00Z', 'id', $1, $1, 'u1', now())`,
    [BODY],
  );
  const insert = `INSERT INTO "Claim" (id, "articleId", "sourceId", "quoteStart", "quoteEnd", "quoteText", "quotePrefix", "quoteSuffix", cue, stance,
    summary, status, explanation, publication, "publishedAt", "verdictById", "reviewedById", "createdById", "deletedAt", "updatedAt")
    VALUES ($1, 'a1', $2, $3, $4, $5, 'pre', 'suf', $6, $7::"Stance", $8, $9::"ClaimStatus", $10, $11::"Publication", $12, $13, $14, 'u1', $15, now())`;
  await db.query(insert, [
    'c-draft',
    's1',
    BODY.indexOf(QUOTE_A),
    BODY.indexOf(QUOTE_A) + QUOTE_A.length,
    QUOTE_A,
    'mengatakan',
    'ASSERTS',
    'Jembatan ditutup untuk pemeriksaan rutin.',
    'IN_PROGRESS',
    '',
    'DRAFT',
    null,
    null,
    null,
    null,
  ]);
  await db.query(insert, [
    'c-published',
    's2',
    BODY.indexOf(QUOTE_B),
    BODY.indexOf(QUOTE_B) + QUOTE_B.length,
    QUOTE_B,
    'membantah',
    'DENIES',
    'Jembatan Merah retak.',
    'FALSE',
    'Inspeksi menunjukkan jembatan utuh.',
    'PUBLISHED',
    '2026-10-02T00:00:00Z',
    'u1',
    'u2',
    null,
  ]);
  await db.query(insert, [
    'c-deleted',
    null,
    0,
    7,
    'KOTAUJI',
    '',
    'ASSERTS',
    'Dihapus.',
    'UNSTARTED',
    '',
    'DRAFT',
    null,
    null,
    null,
    '2026-10-03T00:00:00Z',
  ]);
  await db.query(`INSERT INTO "Evidence" (id, "claimId", url, title, relation, "addedById", "updatedAt")
    VALUES ('e1', 'c-published', 'https://data.example/inspeksi', 'Laporan inspeksi', 'REFUTES', 'u1', now())`);
  await db.query(
    `INSERT INTO "Correction" (id, "claimId", what, why, "authorId") VALUES ('k1', 'c-published', 'verdict', 'new data', 'u1')`,
  );
  await db.query(`INSERT INTO "ClaimEvent" (id, "claimId", "actorId", kind) VALUES ('ev1', 'c-draft', 'u1', 'CREATED'),
    ('ev2', 'c-published', 'u1', 'CREATED'), ('ev3', 'c-published', 'u2', 'APPROVED'), ('ev4', 'c-deleted', 'u1', 'DELETED')`);
  // Approval froze a version 2 snapshot with the function of that time.
  await db.query(`UPDATE "Claim" SET "publicSnapshot" = claimdesk_public_snapshot(id) WHERE id = 'c-published'`);
}

/** A snapshot without the sources' sameAs lists (added by 20270101000200_source_same_as). */
function withoutSameAs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSameAs);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'sameAs')
      .map(([key, v]) => [key, withoutSameAs(v)]),
  );
}

beforeAll(async () => {
  const url = new URL(inject('integrationDatabaseUrl'));
  admin = new pg.Client({ connectionString: url.toString() });
  await admin.connect();
  database = `claimdesk_migration_${randomUUID().slice(0, 8)}`;
  await admin.query(`CREATE DATABASE ${database}`);
  url.pathname = `/${database}`;
  await migrateDeploy(url.toString(), () => {}, { before: MIGRATION });
  db = new pg.Client({ connectionString: url.toString() });
  await db.connect();
  await oldWayFill();
  await migrateDeploy(url.toString());
}, 120_000);

afterAll(async () => {
  await db?.end();
  await admin?.query(`DROP DATABASE IF EXISTS ${database}`);
  await admin?.end();
});

describe('the claim_attributions migration', () => {
  it('keeps every claim and gives each one attribution with its old span, source, cue and stance', async () => {
    const claims = await db.query(
      `SELECT id, summary, language, status::text, publication::text, "deletedAt" IS NOT NULL AS deleted FROM "Claim" ORDER BY id`,
    );
    expect(claims.rows).toEqual([
      { id: 'c-deleted', summary: 'Dihapus.', language: 'id', status: 'UNSTARTED', publication: 'DRAFT', deleted: true },
      {
        id: 'c-draft',
        summary: 'Jembatan ditutup untuk pemeriksaan rutin.',
        language: 'id',
        status: 'IN_PROGRESS',
        publication: 'DRAFT',
        deleted: false,
      },
      { id: 'c-published', summary: 'Jembatan Merah retak.', language: 'id', status: 'FALSE', publication: 'PUBLISHED', deleted: false },
    ]);
    const attributions = await db.query<{ id: string }>(
      `SELECT id, "claimId", "articleId", "sourceId", "quoteStart", "quoteEnd", "quoteText", "quotePrefix", "quoteSuffix", cue, stance::text, "createdById"
       FROM "Attribution" ORDER BY id`,
    );
    expect(attributions.rows).toHaveLength(3);
    const published = attributions.rows.find((row) => row.id === 'c-published');
    expect(published).toEqual({
      id: 'c-published',
      claimId: 'c-published',
      articleId: 'a1',
      sourceId: 's2',
      quoteStart: BODY.indexOf(QUOTE_B),
      quoteEnd: BODY.indexOf(QUOTE_B) + QUOTE_B.length,
      quoteText: QUOTE_B,
      quotePrefix: 'pre',
      quoteSuffix: 'suf',
      cue: 'membantah',
      stance: 'DENIES',
      createdById: 'u1',
    });
    const columns = await db.query(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'Claim' AND column_name IN ('articleId', 'quoteText', 'stance')`,
    );
    expect(columns.rows).toEqual([]);
  });

  it('keeps events, evidence and corrections on their claims', async () => {
    const events = await db.query<{ id: string; claimId: string; kind: string }>(
      `SELECT id, "claimId", kind::text FROM "ClaimEvent" ORDER BY id`,
    );
    expect(events.rows.map((row) => `${row.id}:${row.claimId}:${row.kind}`)).toEqual([
      'ev1:c-draft:CREATED',
      'ev2:c-published:CREATED',
      'ev3:c-published:APPROVED',
      'ev4:c-deleted:DELETED',
    ]);
    expect((await db.query(`SELECT "claimId" FROM "Evidence"`)).rows).toEqual([{ claimId: 'c-published' }]);
    expect((await db.query(`SELECT "claimId" FROM "Correction"`)).rows).toEqual([{ claimId: 'c-published' }]);
  });

  it('converts the approved snapshot to version 3 with the same words, and readers can still find it', async () => {
    const { rows } = await db.query<{ snapshot: Record<string, unknown> }>(
      `SELECT "publicSnapshot" AS snapshot FROM "Claim" WHERE id = 'c-published'`,
    );
    const reading = readSnapshot(rows[0]?.snapshot);
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    const { snapshot } = reading;
    expect(snapshot).toMatchObject({ id: 'c-published', summary: 'Jembatan Merah retak.', language: 'id', status: 'FALSE' });
    expect(snapshot.attributions).toHaveLength(1);
    expect(snapshot.attributions[0]).toMatchObject({
      id: 'c-published',
      stance: 'DENIES',
      cue: 'membantah',
      source: { id: 's2', name: 'Wali Kota', kind: 'PERSON' },
      quote: { text: QUOTE_B, before: 'Wali Kota membantah bahwa ', after: '.' },
      article: { title: 'Jembatan Merah', url: 'https://news.example/jembatan', publisher: 'Warta Uji' },
    });
    expect(snapshot.evidence.map((e) => e.id)).toEqual(['e1']);
    expect(snapshot.corrections.map((c) => c.id)).toEqual(['k1']);
    // What approval would freeze now is the same view (apart from when it was approved).
    const fresh = await db.query<{ snapshot: Record<string, unknown> }>(`SELECT claimdesk_public_snapshot('c-published') AS snapshot`);
    const { approvedAt: _a, ...stored } = rows[0]?.snapshot ?? {};
    const { approvedAt: _b, ...rebuilt } = fresh.rows[0]?.snapshot ?? {};
    // Later migrations run too (the database ends at the latest schema); one of them adds each
    // source's sameAs links to what approval freezes, which a snapshot converted here predates.
    expect(withoutSameAs(rebuilt)).toEqual(stored);
    const search = await db.query(`SELECT id FROM "Claim" WHERE "publicSearchVector" @@ plainto_tsquery('simple', 'retak wali')`);
    expect(search.rows).toEqual([{ id: 'c-published' }]);
  });
});
