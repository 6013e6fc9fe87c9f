import { describe, expect, it } from 'vitest';
import { canonicalUrl } from '@/lib/claims/published-claim';
import { languageAlternates } from './alternates';

const site = { baseUrl: 'https://example.org/cek-fakta/', organization: { name: 'X', url: 'https://example.org' } };

describe('language versions of a reader page', () => {
  it('lists each language and the language-neutral x-default, keeping a base path', () => {
    expect(languageAlternates(site.baseUrl, '/claims/abc/slug')).toEqual({
      id: 'https://example.org/cek-fakta/id/claims/abc/slug',
      en: 'https://example.org/cek-fakta/en/claims/abc/slug',
      'x-default': 'https://example.org/cek-fakta/claims/abc/slug',
    });
    expect(languageAlternates('https://example.org', '/').en).toBe('https://example.org/en');
  });

  it("gives a verdict one canonical address: the page in the statement's own language", () => {
    const claim = { id: 'abc', summary: 'Two tanks destroyed' };
    expect(canonicalUrl(site, { ...claim, language: 'id' })).toBe('https://example.org/cek-fakta/id/claims/abc/two-tanks-destroyed');
    expect(canonicalUrl(site, { ...claim, language: 'en' })).toBe('https://example.org/cek-fakta/en/claims/abc/two-tanks-destroyed');
    expect(canonicalUrl(site, { ...claim, language: 'de' })).toBe('https://example.org/cek-fakta/en/claims/abc/two-tanks-destroyed');
  });
});
