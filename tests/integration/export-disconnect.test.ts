// A reader who closes the connection mid-download: the route stops reading the database.
import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it, vi } from 'vitest';
import { GET as deskExport } from '@/app/api/export/route';
import { exportPool } from '@/lib/data/export-claims';
import { getEnv } from '@/lib/env';
import { createTeam, snapshotPublishedClaims, testDb } from '../support/factories';
import { actAs } from '../support/session-double';

const CLAIMS = 2_000; // eight pages of 250

let team: Awaited<ReturnType<typeof createTeam>>;
let articleId: string;

beforeAll(async () => {
  team = await createTeam();
  const article = await testDb.article.create({
    data: { title: 'Long export', body: 'q', rawInput: 'q', createdById: team.editor.id },
    select: { id: true },
  });
  articleId = article.id;
  const prefix = `disc${randomUUID().slice(0, 8)}`;
  await testDb.$executeRawUnsafe(
    `INSERT INTO "Claim" (id, summary, status, publication, "publishedAt", "createdById", "updatedAt")
     SELECT $1 || lpad(i::text, 6, '0'), 'Claim ' || i, 'FALSE', 'PUBLISHED', now(), $2, now() FROM generate_series(1, ${CLAIMS}) i`,
    prefix,
    team.editor.id,
  );
  // Each said once, in the one article: the snapshot needs a quote it can find.
  await testDb.$executeRawUnsafe(
    `INSERT INTO "Attribution" (id, "claimId", "articleId", "quoteStart", "quoteEnd", "quoteText", "createdById", "updatedAt")
     SELECT id, id, $2, 0, 1, 'q', $3, now() FROM "Claim" WHERE id LIKE $1 || '%'`,
    prefix,
    articleId,
    team.editor.id,
  );
  await snapshotPublishedClaims();
});

it('stops the page queries when the client disconnects after the first chunk', async () => {
  actAs(team.editor);
  const pool = exportPool(getEnv().DATABASE_URL);
  const query = vi.spyOn(pool, 'query');
  const client = new AbortController();
  const response = await deskExport(
    new Request(`http://localhost/api/export?format=ndjson&article=${articleId}`, { signal: client.signal }),
  );
  expect(response.status).toBe(200);
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const first = await reader.read();
  expect(first.done).toBe(false);
  client.abort();
  await reader.cancel();
  await new Promise((resolve) => setTimeout(resolve, 300));
  const pageQueries = () => query.mock.calls.filter((args) => JSON.stringify(args[0] ?? null).includes('ORDER BY c.id LIMIT')).length;
  const afterCancel = pageQueries();
  // The first page and at most one read ahead, out of eight.
  expect(afterCancel).toBeGreaterThanOrEqual(1);
  expect(afterCancel).toBeLessThanOrEqual(2);
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(pageQueries()).toBe(afterCancel);
  query.mockRestore();
});

it('reads every page when the client stays', async () => {
  actAs(team.editor);
  const response = await deskExport(new Request(`http://localhost/api/export?format=ndjson&article=${articleId}`));
  const lines = (await response.text()).trim().split('\n');
  expect(lines).toHaveLength(CLAIMS);
});
