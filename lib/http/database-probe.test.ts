import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { authenticationRequest, errorResponse, fakePostgres, SHUTTING_DOWN, type FakePostgres } from '@/tests/support/fake-postgres';
import { databaseTarget, errorResponseCode, probe, readFirstAnswer } from './database-probe';

describe('databaseTarget', () => {
  it('reads host, port, user and database from a postgres URL', () => {
    expect(databaseTarget('postgresql://u:p@db.internal:6543/claimdesk')).toEqual({
      host: 'db.internal',
      port: 6543,
      user: 'u',
      database: 'claimdesk',
    });
    expect(databaseTarget('postgres://127.0.0.1')).toEqual({ host: '127.0.0.1', port: 5432, user: 'postgres', database: 'postgres' });
    expect(databaseTarget('postgres://d%40x@[::1]:5433/x%20y')).toEqual({ host: '::1', port: 5433, user: 'd@x', database: 'x y' });
  });

  it('does not probe a Unix socket, another scheme or nothing', () => {
    expect(databaseTarget('postgres://u@localhost/x?host=/var/run/postgresql')).toBeNull();
    expect(databaseTarget('mysql://u@localhost/x')).toBeNull();
    expect(databaseTarget('not a url')).toBeNull();
    expect(databaseTarget(undefined)).toBeNull();
  });
});

describe('readFirstAnswer', () => {
  it('takes an authentication request as serving, and "not now" errors as not', () => {
    expect(readFirstAnswer(authenticationRequest())).toBe(true);
    expect(readFirstAnswer(SHUTTING_DOWN)).toBe(false);
    expect(readFirstAnswer(errorResponse('57P01', 'terminating connection due to administrator command'))).toBe(false);
    expect(readFirstAnswer(errorResponse('53300', 'sorry, too many clients already'))).toBe(false);
    expect(readFirstAnswer(errorResponse('08P01', 'invalid startup packet layout'))).toBe(false);
  });

  it('takes a refusal of who is asking as serving: that is a configuration error, not an outage', () => {
    expect(readFirstAnswer(errorResponse('28P01', 'password authentication failed'))).toBe(true);
    expect(readFirstAnswer(errorResponse('3D000', 'database "x" does not exist'))).toBe(true);
  });

  it('waits for a whole message', () => {
    expect(readFirstAnswer(SHUTTING_DOWN.subarray(0, 4))).toBeNull();
    expect(readFirstAnswer(SHUTTING_DOWN.subarray(0, 12))).toBeNull();
    expect(errorResponseCode(Buffer.from('SFATAL\0C57P03\0\0'))).toBe('57P03');
    expect(errorResponseCode(Buffer.from('SFATAL\0\0'))).toBeNull();
  });
});

describe('probe', () => {
  let server: FakePostgres | null = null;
  afterEach(async () => {
    await server?.close();
    server = null;
  });

  async function probeOf(answer: Buffer | null): Promise<boolean> {
    server = await fakePostgres(answer);
    return probe(databaseTarget(server.url)!);
  }

  it('is true for a server that asks who is connecting', async () => {
    expect(await probeOf(authenticationRequest())).toBe(true);
  });

  // The regression: a TCP connect succeeds here, so the old probe said "up" while every query failed.
  it('is false for a server that accepts TCP but is shutting down (57P03)', async () => {
    expect(await probeOf(SHUTTING_DOWN)).toBe(false);
  });

  it('is false for a server that hangs up without answering, and once nothing listens', async () => {
    expect(await probeOf(null)).toBe(false);
    const { port } = server!;
    await server!.close();
    server = null;
    expect(await probe({ host: '127.0.0.1', port, user: 'u', database: 'd' })).toBe(false);
  });

  it('is false for a server that never answers, after its timeout', async () => {
    const held: net.Socket[] = [];
    const silent = net.createServer((socket) => void held.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as net.AddressInfo;
    try {
      expect(await probe({ host: '127.0.0.1', port, user: 'u', database: 'd' }, 200)).toBe(false);
    } finally {
      for (const socket of held) socket.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });
});
