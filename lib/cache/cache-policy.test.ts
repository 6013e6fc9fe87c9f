import { describe, expect, it } from 'vitest';
import { sizeOf, type CacheValue } from './cache-policy.mjs';

const page = (html: string, rsc: Buffer): CacheValue =>
  ({ kind: 'APP_PAGE', html, rscData: rsc, headers: {}, status: 200, segmentData: new Map() }) as unknown as CacheValue;

describe('the room a cached page takes', () => {
  it('counts HTML as V8 holds it: two bytes a character once any character is past U+00FF', () => {
    const rsc = Buffer.alloc(1000);
    const latin = sizeOf('k', page('a'.repeat(10_000), rsc));
    const curly = sizeOf('k', page(`${'a'.repeat(9_999)}“`, rsc));
    expect(curly - latin).toBe(10_000);
  });

  it('counts a buffer by its bytes', () => {
    const small = sizeOf('k', page('x', Buffer.alloc(10)));
    const large = sizeOf('k', page('x', Buffer.alloc(5_010)));
    expect(large - small).toBe(5_000);
  });
});
