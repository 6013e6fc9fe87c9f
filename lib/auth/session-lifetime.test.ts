import { describe, expect, it } from 'vitest';
import { SESSION_SECONDS, withinSessionLifetime } from './session-lifetime';

describe('withinSessionLifetime', () => {
  const now = Date.UTC(2026, 11, 1, 12);
  const secondsAgo = (s: number) => now / 1000 - s;

  it('accepts a session signed in less than the lifetime ago', () => {
    expect(withinSessionLifetime(secondsAgo(60), now)).toBe(true);
    expect(withinSessionLifetime(secondsAgo(SESSION_SECONDS - 1), now)).toBe(true);
  });

  it('refuses a session past its lifetime, whatever its cookie says', () => {
    expect(withinSessionLifetime(secondsAgo(SESSION_SECONDS), now)).toBe(false);
    expect(withinSessionLifetime(secondsAgo(SESSION_SECONDS * 3), now)).toBe(false);
  });

  it('refuses a missing or impossible moment of signing in', () => {
    expect(withinSessionLifetime(null, now)).toBe(false);
    expect(withinSessionLifetime(Number.NaN, now)).toBe(false);
    expect(withinSessionLifetime(secondsAgo(-3600), now)).toBe(false);
  });
});
