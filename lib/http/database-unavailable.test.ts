import { describe, expect, it } from 'vitest';
import { databaseUnavailableResponse } from './database-unavailable';

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
