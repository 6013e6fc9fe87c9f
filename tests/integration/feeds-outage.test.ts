// A database that is down while someone asks for a feed or an export: a 503 with Retry-After and
// nothing a cache may keep, never a 200 with `Cache-Control: public` that is then cut off.
import net from 'node:net';
import pg from 'pg';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GET as publicCsv } from '@/app/(public)/claims.csv/route';
import { GET as publicJson } from '@/app/(public)/claims.json/route';
import { GET as deskExport } from '@/app/api/export/route';
import { createTeam } from '../support/factories';
import { actAs } from '../support/session-double';

// exportPool() keeps its pool here (lib/data/export-claims.ts); the tests swap in one that cannot connect.
const holder = globalThis as unknown as { claimdeskExportPool?: pg.Pool };

/** A port nothing listens on: connections to it are refused at once. */
async function deadPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** A "server" that accepts and hangs up at once, as PostgreSQL does while it shuts down. */
async function hangingUpPort(): Promise<{ port: number; close: () => Promise<void> }> {
  const server = net.createServer((socket) => socket.destroy());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return { port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

let team: Awaited<ReturnType<typeof createTeam>>;
const cleanups: (() => Promise<void>)[] = [];

beforeAll(async () => {
  team = await createTeam();
});

afterEach(async () => {
  await holder.claimdeskExportPool?.end();
  holder.claimdeskExportPool = undefined;
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

function useDeadDatabase(port: number) {
  holder.claimdeskExportPool = new pg.Pool({
    connectionString: `postgresql://postgres:x@127.0.0.1:${port}/claimdesk`,
    max: 1,
    connectionTimeoutMillis: 5_000,
  });
}

async function expectOutageAnswer(response: Response) {
  expect(response.status).toBe(503);
  expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
  expect(response.headers.get('cache-control')).toBe('no-store');
  expect(await response.text()).toMatch(/database is not reachable/);
}

describe('feeds and exports while the database is down', () => {
  it('/claims.csv and /claims.json answer 503 with Retry-After, not a cacheable 200', async () => {
    useDeadDatabase(await deadPort());
    await expectOutageAnswer(await publicCsv(new Request('http://localhost/claims.csv')));
    await expectOutageAnswer(await publicJson(new Request('http://localhost/claims.json?status=FALSE')));
  });

  it('answers 503 when the server hangs up, and when a filter is checked first', async () => {
    const server = await hangingUpPort();
    cleanups.push(server.close);
    useDeadDatabase(server.port);
    await expectOutageAnswer(await publicJson(new Request('http://localhost/claims.json')));
    await expectOutageAnswer(await publicCsv(new Request('http://localhost/claims.csv?article=cabc123')));
  });

  it('the desk export answers 503 too', async () => {
    actAs(team.editor);
    useDeadDatabase(await deadPort());
    await expectOutageAnswer(await deskExport(new Request('http://localhost/api/export?format=csv')));
  });

  it('still answers 200 with the public cache header when the database is up', async () => {
    const response = await publicCsv(new Request('http://localhost/claims.csv'));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    await response.text();
  });
});
