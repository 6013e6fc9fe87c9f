import { describe, expect, it } from 'vitest';
import { feedDisposition } from './public-feed';

describe('feedDisposition', () => {
  it('shows /claims.json in the browser unless download=1 is asked for', () => {
    expect(feedDisposition('json', new URLSearchParams(''))).toBe('inline');
    expect(feedDisposition('json', new URLSearchParams('download=1'))).toBe('attachment');
    expect(feedDisposition('json', new URLSearchParams('download=0'))).toBe('inline');
  });
  it('keeps /claims.csv a download', () => {
    expect(feedDisposition('csv', new URLSearchParams(''))).toBe('attachment');
  });
  it('refuses a download value it does not know', () => {
    expect(feedDisposition('json', new URLSearchParams('download=yes'))).toBeNull();
    expect(feedDisposition('json', new URLSearchParams('download=1&download=1'))).toBeNull();
  });
});
