import { describe, expect, it } from 'vitest';
import { safeRedirectPath } from './safe-redirect';

describe('safeRedirectPath', () => {
  it('keeps local paths', () => expect(safeRedirectPath('/desk/users?x=1', '/desk')).toBe('/desk/users?x=1'));
  it('refuses other sites and junk', () => {
    for (const bad of ['//evil.example', 'https://evil.example', '/\\evil.example', 'desk', 42, undefined, '/'.padEnd(3000, 'a')]) {
      expect(safeRedirectPath(bad, '/desk')).toBe('/desk');
    }
  });
});
