import { describe, expect, it } from 'vitest';
import { retryDelayMs } from './retry';

describe('retryDelayMs', () => {
  it('doubles from one second', () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([1_000, 2_000, 4_000, 8_000]);
  });

  it('never waits more than five minutes, however often it failed', () => {
    expect(retryDelayMs(9)).toBe(256_000);
    expect(retryDelayMs(10)).toBe(300_000);
    expect(retryDelayMs(10_000)).toBe(300_000);
  });
});
