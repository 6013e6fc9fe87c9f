import { describe, expect, it } from 'vitest';
import { localePath, readerLocaleRedirect, switchLocalePath } from './reader-paths';

const english = { cookie: undefined, acceptLanguage: 'en-US,en;q=0.9', fallback: 'id' as const };
const chosenIndonesian = { ...english, cookie: 'id' };

describe('reader paths', () => {
  it('puts a language in front of a path', () => {
    expect(localePath('id', '/')).toBe('/id');
    expect(localePath('en', '/claims/abc/slug')).toBe('/en/claims/abc/slug');
  });

  it('sends unprefixed reader pages to the reader language', () => {
    expect(readerLocaleRedirect('/', english)).toBe('/en');
    expect(readerLocaleRedirect('/claims/abc/some-slug', english)).toBe('/en/claims/abc/some-slug');
    expect(readerLocaleRedirect('/claims/abc', chosenIndonesian)).toBe('/id/claims/abc');
    expect(readerLocaleRedirect('/sources/xyz/2', chosenIndonesian)).toBe('/id/sources/xyz/2');
  });

  it('replaces an unknown language in the path by the reader language', () => {
    expect(readerLocaleRedirect('/fr/claims/abc/slug', english)).toBe('/en/claims/abc/slug');
    expect(readerLocaleRedirect('/pt-BR', chosenIndonesian)).toBe('/id');
  });

  it("sends the site's own pages without a language to the reader's", () => {
    for (const page of ['/methodology', '/corrections', '/about']) expect(readerLocaleRedirect(page, english)).toBe(`/en${page}`);
    expect(readerLocaleRedirect('/methodology/x', english)).toBeNull();
  });

  it('leaves our languages, the desk and other paths alone', () => {
    for (const path of [
      '/id',
      '/en/claims/abc/slug',
      '/id/sources/x',
      '/desk',
      '/login',
      '/claims.json',
      '/feed.xml',
      '/sitemap.xml',
      '/claims',
      '/api/x',
      '/fr/desk',
    ]) {
      expect(readerLocaleRedirect(path, english), path).toBeNull();
    }
  });

  it('finds the same page in the other language', () => {
    expect(switchLocalePath('/id/claims/abc/slug', 'en')).toBe('/en/claims/abc/slug');
    expect(switchLocalePath('/en', 'id')).toBe('/id');
    expect(switchLocalePath('/sources/x', 'en')).toBe('/en/sources/x');
  });
});
