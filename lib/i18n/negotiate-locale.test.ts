import { describe, expect, it } from 'vitest';
import { negotiateLocale } from './negotiate-locale';

const hints = (cookie: string | undefined, acceptLanguage: string | null, fallback: 'id' | 'en' = 'id') => ({
  cookie,
  acceptLanguage,
  fallback,
});

describe('the language of a reader without one in the address', () => {
  it('follows the remembered choice first', () => {
    expect(negotiateLocale(hints('en', 'id-ID,id;q=0.9'))).toBe('en');
    expect(negotiateLocale(hints('id', 'en-US,en;q=0.9', 'en'))).toBe('id');
  });

  it('then the browser languages, by preference and region-free', () => {
    expect(negotiateLocale(hints(undefined, 'en-US,en;q=0.9'))).toBe('en');
    expect(negotiateLocale(hints(undefined, 'de-DE, en;q=0.3, id;q=0.5', 'en'))).toBe('id');
    expect(negotiateLocale(hints(undefined, 'id-ID', 'en'))).toBe('id');
  });

  it('then the configured default', () => {
    expect(negotiateLocale(hints(undefined, 'de-DE,fr;q=0.8', 'en'))).toBe('en');
    expect(negotiateLocale(hints(undefined, null, 'id'))).toBe('id');
    expect(negotiateLocale(hints(undefined, 'en;q=0', 'id'))).toBe('id');
  });

  it('ignores an unknown cookie and a malformed or oversized header', () => {
    expect(negotiateLocale(hints('fr', 'en-US'))).toBe('en');
    expect(negotiateLocale(hints('../../etc', null, 'en'))).toBe('en');
    expect(negotiateLocale(hints(undefined, ';;;q=abc,,,=', 'en'))).toBe('en');
    expect(negotiateLocale(hints(undefined, `${'x-'.repeat(600)}en`, 'id'))).toBe('id');
  });
});
