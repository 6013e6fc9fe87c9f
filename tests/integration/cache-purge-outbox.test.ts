// Publishing writes its proxy purges into the outbox in the same transaction, and a purge the proxy
// refused is tried again until it succeeds (lib/cache-purge/). The proxy is a local HTTP stand-in.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approveClaimAction, submitForReviewAction, unpublishAction } from '@/lib/actions/review';
import { drainPurgeOutbox } from '@/lib/cache-purge/outbox';
import { sendPurgeOverHttp } from '@/lib/cache-purge/send-purge';
import { getEnv } from '@/lib/env';
import { createTeam, createTestClaim, formData, testDb, unique } from '../support/factories';
import { actAs } from '../support/session-double';
import { withRecordId } from '@/lib/actions/record-field';

interface Received {
  method: string | undefined;
  url: string | undefined;
  headers: IncomingHttpHeaders;
}

/** A stand-in for Varnish: answers 503 while `failing`, 200 otherwise, and records every request. */
const proxy = { failing: true, received: [] as Received[] };
let server: Server;
let target: string;
let team: Awaited<ReturnType<typeof createTeam>>;

beforeAll(async () => {
  server = createServer((request, response) => {
    proxy.received.push({ method: request.method, url: request.url, headers: request.headers });
    response.writeHead(proxy.failing ? 503 : 200).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  target = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // Read once by getEnv(), which no code has called yet in this file's module graph.
  process.env.CACHE_PURGE_TARGETS = target;
  team = await createTeam();
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const v = (version: number, fields: Record<string, string> = {}) => formData({ version: String(version), ...fields });

async function readyClaim() {
  const source = await testDb.source.create({ data: { name: unique('Dinas PU'), normalizedName: unique('dinas pu') } });
  const article = await testDb.article.create({
    data: {
      title: unique('Purge article'),
      body: 'Bupati said the dam was inspected every year.',
      rawInput: 'raw',
      createdById: team.editor.id,
    },
  });
  const claim = await createTestClaim(
    {
      summary: unique('claim'),
      createdById: team.editor.id,
      status: 'FALSE',
      explanation: 'Inspection records show no check since 2019. See https://example.org/report for the files.',
      verdictById: team.editor.id,
    },
    { articleId: article.id, sourceId: source.id, quoteStart: 0, quoteEnd: 6, quoteText: 'Bupati' },
  );
  await testDb.evidence.create({
    data: {
      url: 'https://example.org/r',
      title: 'Report',
      note: 'p. 4',
      relation: 'REFUTES',
      claimId: claim.id,
      addedById: team.editor.id,
    },
  });
  return { claim, sourceId: source.id };
}

const rowsFor = (claimId: string) => testDb.cachePurge.findMany({ where: { reason: `claim ${claimId}` } });

describe('the proxy purge outbox', () => {
  it('is written by a publish, in its transaction, and not by a step readers do not see', async () => {
    expect(getEnv().CACHE_PURGE_TARGETS).toEqual([target]);
    const { claim, sourceId } = await readyClaim();
    actAs(team.editor);
    expect(await submitForReviewAction(null, withRecordId(claim.id, v(1)))).toMatchObject({ ok: true });
    expect(await rowsFor(claim.id)).toEqual([]);

    actAs(team.editor2);
    expect(await approveClaimAction(null, withRecordId(claim.id, v(5)))).toMatchObject({ ok: false }); // stale version: nothing written
    expect(await rowsFor(claim.id)).toEqual([]);
    expect(await approveClaimAction(null, withRecordId(claim.id, v(2)))).toMatchObject({ ok: true });
    const [row, ...more] = await rowsFor(claim.id);
    expect(more).toEqual([]);
    expect(row).toMatchObject({ target, attempts: 0 });
    // Reader pages carry their language in the path: each is purged in both.
    expect(row?.paths).toEqual([
      { path: `/id/claims/${claim.id}`, scope: 'tree' },
      { path: `/id/sources/${sourceId}`, scope: 'tree' },
      { path: `/en/claims/${claim.id}`, scope: 'tree' },
      { path: `/en/sources/${sourceId}`, scope: 'tree' },
      { path: '/id', scope: 'path' },
      { path: '/id/corrections', scope: 'path' },
      { path: '/en', scope: 'path' },
      { path: '/en/corrections', scope: 'path' },
      { path: '/claims.csv', scope: 'path' },
      { path: '/claims.json', scope: 'path' },
      { path: '/feed.xml', scope: 'path' },
      { path: '/sitemap.xml', scope: 'path' },
    ]);
    await testDb.cachePurge.deleteMany({ where: { reason: `claim ${claim.id}` } });

    expect(await unpublishAction(null, withRecordId(claim.id, v(3, { reason: 'The source retracted the statement.' })))).toMatchObject({
      ok: true,
    });
    expect(await rowsFor(claim.id)).toHaveLength(1);
  });

  it('purges the record of every source the claim is attributed to, the one that denied it too', async () => {
    const { claim, sourceId } = await readyClaim();
    const denier = await testDb.source.create({ data: { name: unique('Dinas SDA'), normalizedName: unique('dinas sda') } });
    const article = await testDb.article.create({
      data: { title: unique('Bantahan'), body: 'Dinas SDA membantah kabar itu.', rawInput: 'raw', createdById: team.editor.id },
    });
    await testDb.attribution.create({
      data: {
        claimId: claim.id,
        articleId: article.id,
        sourceId: denier.id,
        stance: 'DENIES',
        cue: 'membantah',
        quoteStart: 20,
        quoteEnd: 29,
        quoteText: 'kabar itu',
        createdById: team.editor.id,
      },
    });
    actAs(team.editor);
    expect(await submitForReviewAction(null, withRecordId(claim.id, v(1)))).toMatchObject({ ok: true });
    actAs(team.editor2);
    expect(await approveClaimAction(null, withRecordId(claim.id, v(2)))).toMatchObject({ ok: true });
    const paths = (await rowsFor(claim.id)).flatMap((row) => (row.paths as { path: string }[]).map((p) => p.path));
    for (const id of [sourceId, denier.id]) expect(paths).toEqual(expect.arrayContaining([`/id/sources/${id}`, `/en/sources/${id}`]));
  });

  it('retries a purge the proxy refused, then sends it and deletes the row', async () => {
    const { claim } = await readyClaim();
    actAs(team.editor);
    await submitForReviewAction(null, withRecordId(claim.id, v(1)));
    actAs(team.editor2);
    await approveClaimAction(null, withRecordId(claim.id, v(2)));
    const [row] = await rowsFor(claim.id);
    if (!row) throw new Error('no outbox row');
    const logged: string[] = [];
    const log = (line: string) => logged.push(line);

    proxy.failing = true;
    proxy.received = [];
    expect(await drainPurgeOutbox(testDb, { send: sendPurgeOverHttp, ids: [row.id], log })).toEqual({ sent: 0, failed: 1 });
    const waiting = await testDb.cachePurge.findUniqueOrThrow({ where: { id: row.id } });
    expect(waiting).toMatchObject({ attempts: 1, lastError: expect.stringContaining('503') as unknown });
    expect(waiting.availableAt.getTime()).toBeGreaterThan(Date.now());
    expect(logged.join('\n')).toMatch(/failed \(try 1\).*trying again in 1 s/);

    proxy.failing = false;
    // Not due before its backoff: nothing is sent yet.
    const early = await drainPurgeOutbox(testDb, { send: sendPurgeOverHttp, log });
    expect(await testDb.cachePurge.findUnique({ where: { id: row.id } })).not.toBeNull();
    expect(early.sent).toBe(0);

    await testDb.cachePurge.update({ where: { id: row.id }, data: { availableAt: new Date(Date.now() - 1) } });
    proxy.received = [];
    expect(await drainPurgeOutbox(testDb, { send: sendPurgeOverHttp, log })).toMatchObject({ sent: 1, failed: 0 });
    expect(await testDb.cachePurge.findUnique({ where: { id: row.id } })).toBeNull();
    // Sent in parallel: any order.
    const sent = proxy.received.map((r) => [r.method, r.url, r.headers['x-purge-scope']]);
    expect(sent).toHaveLength(12);
    expect(sent).toEqual(
      expect.arrayContaining([
        ['PURGE', `/id/claims/${claim.id}`, 'tree'],
        ['PURGE', `/en/claims/${claim.id}`, 'tree'],
        ['PURGE', expect.stringMatching(/^\/id\/sources\//) as unknown, 'tree'],
        ['PURGE', expect.stringMatching(/^\/en\/sources\//) as unknown, 'tree'],
        ['PURGE', '/id', 'path'],
        ['PURGE', '/en', 'path'],
        ['PURGE', '/claims.csv', 'path'],
        ['PURGE', '/claims.json', 'path'],
        ['PURGE', '/id/corrections', 'path'],
        ['PURGE', '/en/corrections', 'path'],
        ['PURGE', '/feed.xml', 'path'],
        ['PURGE', '/sitemap.xml', 'path'],
      ]),
    );
  });

  it('sends each due row once when several instances drain at the same time', async () => {
    proxy.failing = false;
    const past = new Date(Date.now() - 1000);
    const reason = unique('concurrent');
    await testDb.cachePurge.createMany({
      data: Array.from({ length: 12 }, () => ({ target, reason, paths: [{ path: '/', scope: 'path' }], availableAt: past })),
    });
    const sentRows: string[] = [];
    const send = async (to: string) => {
      sentRows.push(to);
      await new Promise((resolve) => setTimeout(resolve, 20));
    };
    const results = await Promise.all([1, 2, 3].map(() => drainPurgeOutbox(testDb, { send, limit: 50 })));
    const sent = results.reduce((sum, r) => sum + r.sent, 0);
    expect(sent).toBeGreaterThanOrEqual(12);
    expect(sentRows).toHaveLength(sent);
    expect(await testDb.cachePurge.count({ where: { reason } })).toBe(0);
  });
});
