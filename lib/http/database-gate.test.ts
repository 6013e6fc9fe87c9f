import { afterEach, describe, expect, it } from 'vitest';
import { fakePostgres, SHUTTING_DOWN } from '@/tests/support/fake-postgres';
import { createDatabaseGate, databaseReachable, reportDatabaseFailure } from './database-gate';
import { databaseTarget } from './database-probe';

const target = { host: '127.0.0.1', port: 1, user: 'u', database: 'd' };

describe('createDatabaseGate', () => {
  it('lets everything through when there is no address to probe', async () => {
    const gate = createDatabaseGate(null, () => Promise.reject(new Error('never called')));
    gate.markDown();
    expect(await gate.reachable()).toBe(true);
  });

  it('shares one probe between requests and trusts the answer for a moment', async () => {
    let calls = 0;
    let clock = 0;
    const gate = createDatabaseGate(
      target,
      () => {
        calls += 1;
        return Promise.resolve(true);
      },
      () => clock,
    );
    expect(await Promise.all([gate.reachable(), gate.reachable(), gate.reachable()])).toEqual([true, true, true]);
    expect(calls).toBe(1);
    clock = 1000;
    await gate.reachable();
    expect(calls).toBe(1);
    clock = 5000;
    await gate.reachable();
    expect(calls).toBe(2);
  });

  it('notices recovery within a second of the database coming back', async () => {
    let up = false;
    let clock = 0;
    const gate = createDatabaseGate(
      target,
      () => Promise.resolve(up),
      () => clock,
    );
    expect(await gate.reachable()).toBe(false);
    up = true;
    clock = 400;
    expect(await gate.reachable()).toBe(false);
    clock = 600;
    expect(await gate.reachable()).toBe(true);
  });

  it('is down at once when the app reports a failure, although the last probe said up', async () => {
    let probes = 0;
    let clock = 0;
    const gate = createDatabaseGate(
      target,
      () => {
        probes += 1;
        return Promise.resolve(true);
      },
      () => clock,
    );
    expect(await gate.reachable()).toBe(true);
    clock = 100;
    gate.markDown();
    expect(await gate.reachable()).toBe(false);
    expect(probes).toBe(1);
    // Then the probe decides again, soon: the database may be back.
    clock = 700;
    expect(await gate.reachable()).toBe(true);
    expect(probes).toBe(2);
  });

  it('keeps a failure reported while a probe was running over that probe’s older answer', async () => {
    let answer: (up: boolean) => void = () => {};
    const gate = createDatabaseGate(target, () => new Promise<boolean>((resolve) => (answer = resolve)));
    const first = gate.reachable();
    gate.markDown();
    answer(true);
    expect(await first).toBe(false);
    expect(await gate.reachable()).toBe(false);
  });
});

describe('the process gate over DATABASE_URL', () => {
  const saved = process.env.DATABASE_URL;
  const holder = globalThis as Record<symbol, unknown>;
  afterEach(() => {
    process.env.DATABASE_URL = saved;
    delete holder[Symbol.for('claimdesk.databaseGate')];
  });

  // The regression of the load test: PostgreSQL shutting down still accepts TCP connections.
  it('says down for a database that accepts connections but is shutting down', async () => {
    const server = await fakePostgres(SHUTTING_DOWN);
    try {
      process.env.DATABASE_URL = server.url;
      expect(databaseTarget(server.url)?.port).toBe(server.port);
      expect(await databaseReachable()).toBe(false);
    } finally {
      await server.close();
    }
  });

  it('is marked down by a reported connection failure, and not by a bug', async () => {
    process.env.DATABASE_URL = 'postgresql://u:p@127.0.0.1:1/x';
    expect(reportDatabaseFailure(new TypeError('x is undefined'))).toBe(false);
    expect(reportDatabaseFailure(Object.assign(new Error('Server has closed the connection.'), { code: 'P1017' }))).toBe(true);
    expect(await databaseReachable()).toBe(false);
  });
});
