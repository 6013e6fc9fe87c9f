import { describe, expect, it } from 'vitest';
import { databaseUnavailableResponse, isDatabaseUnavailable } from './database-unavailable';

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it('recognises refused, reset and shut-down connections, however wrapped', () => {
    expect(isDatabaseUnavailable(withCode('ECONNREFUSED'))).toBe(true);
    expect(isDatabaseUnavailable(new AggregateError([withCode('ECONNREFUSED'), withCode('ECONNREFUSED')]))).toBe(true);
    expect(isDatabaseUnavailable(new Error('failed', { cause: withCode('57P01') }))).toBe(true);
    expect(isDatabaseUnavailable(withCode('08006'))).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
  });

  it('leaves bugs and bad queries alone', () => {
    expect(isDatabaseUnavailable(new TypeError('x is undefined'))).toBe(false);
    expect(isDatabaseUnavailable(withCode('42P01', 'relation "Claim" does not exist'))).toBe(false);
    expect(isDatabaseUnavailable(withCode('22021', 'invalid byte sequence'))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});

describe('databaseUnavailableResponse', () => {
  it('is a 503 that asks to retry and that nobody caches', async () => {
    const response = databaseUnavailableResponse();
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('30');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.text()).toMatch(/try again/);
  });

  it('is said in the caller’s language', async () => {
    expect(await databaseUnavailableResponse('id').text()).toMatch(/^Basis data tidak dapat dijangkau saat ini/);
  });
});
