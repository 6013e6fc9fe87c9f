import { describe, expect, it } from 'vitest';
import { parseEnv } from './env';

const base = { DATABASE_URL: 'postgresql://localhost/claimdesk' };

describe('environment', () => {
  it('reads the database pool size, with a default', () => {
    expect(parseEnv(base).DB_POOL_SIZE).toBe(10);
    expect(parseEnv({ ...base, DB_POOL_SIZE: '25' }).DB_POOL_SIZE).toBe(25);
  });

  it('refuses a pool size that is not a sensible whole number, saying which setting is wrong', () => {
    for (const bad of ['0', 'ten', '2.5', '1000']) expect(() => parseEnv({ ...base, DB_POOL_SIZE: bad })).toThrow(/DB_POOL_SIZE/);
  });

  it("reads the readers' default language, Indonesian unless configured, and refuses an unknown one", () => {
    expect(parseEnv(base).DEFAULT_LOCALE).toBe('id');
    expect(parseEnv({ ...base, DEFAULT_LOCALE: 'en' }).DEFAULT_LOCALE).toBe('en');
    for (const bad of ['fr', 'EN', ''])
      expect(() => parseEnv({ ...base, DEFAULT_LOCALE: bad })).toThrow(/DEFAULT_LOCALE must be one of: id, en/);
  });

  it('asks the Internet Archive unless another web archive is named, and refuses an address that is not http(s)', () => {
    expect(parseEnv(base).WAYBACK_ORIGIN).toBe('https://web.archive.org');
    expect(parseEnv({ ...base, WAYBACK_ORIGIN: 'https://archive.example.org/' }).WAYBACK_ORIGIN).toBe('https://archive.example.org');
    for (const bad of ['web.archive.org', 'ftp://archive.example.org'])
      expect(() => parseEnv({ ...base, WAYBACK_ORIGIN: bad })).toThrow(/WAYBACK_ORIGIN must be an http\(s\) address/);
  });

  it('reads the caching proxies to purge as a comma-separated list, none by default', () => {
    expect(parseEnv(base).CACHE_PURGE_TARGETS).toEqual([]);
    expect(parseEnv({ ...base, CACHE_PURGE_TARGETS: ' http://127.0.0.1:6081, https://cache.example.org ' }).CACHE_PURGE_TARGETS).toEqual([
      'http://127.0.0.1:6081',
      'https://cache.example.org',
    ]);
  });

  it('refuses a purge target that is not an http(s) URL, naming it', () => {
    expect(() => parseEnv({ ...base, CACHE_PURGE_TARGETS: 'http://ok:1,varnish:6081' })).toThrow(/varnish:6081 is not an http/);
  });
});
