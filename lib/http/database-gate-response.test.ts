import { describe, expect, it } from 'vitest';
import { databaseGateResponse } from './database-gate-response';

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
