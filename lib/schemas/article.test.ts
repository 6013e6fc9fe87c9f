import { describe, expect, it } from 'vitest';
import { articleBodySchema } from './article';

describe('article body', () => {
  it('stores LF line ends so offsets match what the browser shows', () => {
    expect(articleBodySchema.parse('Satu.\r\n\r\nDua.\r\n')).toBe('Satu.\n\nDua.');
  });
  it('refuses an empty or oversized body', () => {
    expect(articleBodySchema.safeParse(' \n ').success).toBe(false);
    expect(articleBodySchema.safeParse('a'.repeat(1024 * 1024 + 1)).success).toBe(false);
  });
});
