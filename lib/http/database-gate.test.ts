import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createDatabaseGate, databaseAddress, databaseGateResponse, probe, type DatabaseAddress } from './database-gate';

describe('databaseAddress', () => {
  it('reads host and port from a postgres URL', () => {
    expect(databaseAddress('postgresql://u:p@db.internal:6543/claimdesk')).toEqual({ host: 'db.internal', port: 6543 });
    expect(databaseAddress('postgres://u@127.0.0.1/claimdesk')).toEqual({ host: '127.0.0.1', port: 5432 });
    expect(databaseAddress('postgres://u@[::1]:5433/x')).toEqual({ host: '::1', port: 5433 });
  });

  it('does not probe a Unix socket, another scheme or nothing', () => {
    expect(databaseAddress('postgres://u@localhost/x?host=/var/run/postgresql')).toBeNull();
    expect(databaseAddress('mysql://u@localhost/x')).toBeNull();
    expect(databaseAddress('not a url')).toBeNull();
    expect(databaseAddress(undefined)).toBeNull();
  });
});

describe('probe', () => {
  let server: net.Server | null = null;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  async function listening(): Promise<DatabaseAddress> {
    server = net.createServer((socket) => socket.end());
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    return { host: '127.0.0.1', port: (server.address() as net.AddressInfo).port };
  }

  it('is true while something listens and false once it stops', async () => {
    const address = await listening();
    expect(await probe(address)).toBe(true);
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    server = null;
    expect(await probe(address)).toBe(false);
  });
});

describe('createDatabaseGate', () => {
  const address = { host: '127.0.0.1', port: 1 };

  it('lets everything through when there is no address to probe', async () => {
    const gate = createDatabaseGate(null, () => Promise.reject(new Error('never called')));
    expect(await gate()).toBe(true);
  });

  it('shares one probe between requests and trusts the answer for a moment', async () => {
    let calls = 0;
    let clock = 0;
    const gate = createDatabaseGate(
      address,
      () => {
        calls += 1;
        return Promise.resolve(true);
      },
      () => clock,
    );
    expect(await Promise.all([gate(), gate(), gate()])).toEqual([true, true, true]);
    expect(calls).toBe(1);
    clock = 1000;
    await gate();
    expect(calls).toBe(1);
    clock = 5000;
    await gate();
    expect(calls).toBe(2);
  });

  it('notices recovery within a second of the database coming back', async () => {
    let up = false;
    let clock = 0;
    const gate = createDatabaseGate(
      address,
      () => Promise.resolve(up),
      () => clock,
    );
    expect(await gate()).toBe(false);
    up = true;
    clock = 400;
    expect(await gate()).toBe(false);
    clock = 600;
    expect(await gate()).toBe(true);
  });
});

describe('databaseGateResponse', () => {
  it('answers a browser with a 503 page in its language that nobody caches', async () => {
    const response = databaseGateResponse('text/html,application/xhtml+xml', 'en');
    expect(response.status).toBe(503);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
    const body = await response.text();
    expect(body).toContain('<html lang="en">');
    expect(body).toContain('Temporarily unavailable');
    expect(body).not.toContain('Sementara');
    expect(body).not.toMatch(/<script/i);
    const indonesian = await databaseGateResponse('text/html', 'id').text();
    expect(indonesian).toContain('<html lang="id">');
    expect(indonesian).toContain('<h1>Sementara tidak tersedia</h1>');
    expect(indonesian).not.toContain('Temporarily');
  });

  it('answers other clients in plain text', async () => {
    const response = databaseGateResponse('*/*', 'en');
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await response.text()).toContain('cannot reach its database');
    expect(await databaseGateResponse(null, 'id').text()).toContain('tidak dapat menghubungi basis datanya');
  });
});
