import { describe, expect, it } from 'vitest';
import { boundedEditDistance } from './bounded-distance';

describe('boundedEditDistance', () => {
  it.each([
    ['', '', 0],
    ['pemerintha', 'pemerintah', 2],
    ['Rp 5 juta', 'Rp 8 juta', 1],
    ['kata dia', 'kata dia,', 1],
    ['kitten', 'sitting', 3],
  ])('%j vs %j is %i', (a, b, expected) => {
    expect(boundedEditDistance(a, b, 5)).toBe(expected);
    expect(boundedEditDistance(b, a, 5)).toBe(expected);
  });

  it('returns null above the limit', () => {
    expect(boundedEditDistance('kitten', 'sitting', 2)).toBeNull();
    expect(boundedEditDistance('pendek', 'jauh lebih panjang', 3)).toBeNull();
  });

  it('is exact at the limit', () => {
    expect(boundedEditDistance('kitten', 'sitting', 3)).toBe(3);
  });

  it('counts an emoji as one character', () => {
    expect(boundedEditDistance('naik 🔥', 'naik 🚀', 1)).toBe(1);
    expect(boundedEditDistance('😀😀', '😀', 1)).toBe(1);
  });

  it('handles long strings with a small band', () => {
    const a = 'harga cabai rawit di pasar induk '.repeat(3000);
    const b = `${a.slice(0, 50000)}X${a.slice(50001)}`;
    expect(boundedEditDistance(a, b, 3)).toBe(1);
  });
});
