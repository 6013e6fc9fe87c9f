import { describe, expect, it } from 'vitest';
import { safeRedirectPath } from './safe-redirect';

describe('safeRedirectPath', () => {
  it('keeps local paths', () => expect(safeRedirectPath('/desk/users?x=1', '/desk')).toBe('/desk/users?x=1'));
  it('refuses other sites and junk', () => {
    for (const bad of ['//evil.example', 'https://evil.example', '/\\evil.example', 'desk', 42, undefined, '/'.padEnd(3000, 'a')]) {
      expect(safeRedirectPath(bad, '/desk')).toBe('/desk');
    }
  });
  it('refuses targets that browsers turn into another host by dropping tabs and line breaks', () => {
    for (const bad of [
      '/\t/evil.example/phish',
      '/\n/evil.example',
      '/\r/evil.example',
      '/\r\n/evil.example',
      '/\t\\evil.example',
      '\t//evil.example',
    ]) {
      expect(safeRedirectPath(bad, '/desk')).toBe('/desk');
    }
  });
  it('answers with a plain ASCII path, safe to put in a Location header', () => {
    expect(safeRedirectPath('/desk\u3000x', '/desk')).toBe('/desk%E3%80%80x');
    expect(safeRedirectPath('/desk\nclaims', '/desk')).toBe('/deskclaims');
    expect(safeRedirectPath('/desk/claims?status=FALSE#top', '/desk')).toBe('/desk/claims?status=FALSE#top');
  });
});
