import { RateLimiterRes } from 'rate-limiter-flexible';
import { describe, expect, it } from 'vitest';
import { msUntilAllowed, waitMessage } from './login-throttle';

describe('msUntilAllowed', () => {
  it('reads the wait from a "limit reached" result, this copy’s class or another bundle’s', () => {
    expect(msUntilAllowed(new RateLimiterRes(0, 90_000, 11, false))).toBe(90_000);
    // What a second copy of rate-limiter-flexible (another server bundle) rejects with: same shape, other class.
    class OtherCopyOfRateLimiterRes {
      constructor(
        readonly remainingPoints: number,
        readonly msBeforeNext: number,
      ) {}
    }
    expect(msUntilAllowed(new OtherCopyOfRateLimiterRes(0, 60_000))).toBe(60_000);
  });

  it('gives null for a failure, so a database error is never taken for "go ahead" or "wait"', () => {
    expect(msUntilAllowed(Object.assign(new Error('connect ECONNREFUSED'), { msBeforeNext: 5, remainingPoints: 0 }))).toBeNull();
    expect(msUntilAllowed('timeout')).toBeNull();
    expect(msUntilAllowed({ msBeforeNext: '5' })).toBeNull();
    expect(msUntilAllowed(null)).toBeNull();
  });
});

describe('waitMessage', () => {
  it('says the wait in whole minutes', () => {
    expect(waitMessage(30)).toEqual({ message: 'LoginRefusal.wait', values: { minutes: 1 } });
    expect(waitMessage(900)).toEqual({ message: 'LoginRefusal.wait', values: { minutes: 15 } });
    expect(waitMessage(901)).toEqual({ message: 'LoginRefusal.wait', values: { minutes: 16 } });
  });
});
