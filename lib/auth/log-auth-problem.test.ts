import { AuthError } from 'next-auth';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { logAuthProblem } from './log-auth-problem';
import { LoginRefused } from './login-refused';

describe('logAuthProblem', () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  afterEach(() => {
    warn.mockClear();
  });

  it('stays quiet about a refused sign-in, the throttle’s and the disabled account’s included', () => {
    logAuthProblem(new LoginRefused({ status: 429, message: 'Too many failed sign-ins. Wait 1 minute and try again.' }));
    expect(warn).not.toHaveBeenCalled();
  });

  it('names what authorize() threw, on one line, when Auth.js wrapped it', () => {
    const thrown = new Error('connect ECONNREFUSED 127.0.0.1:5432\n    at a stack line');
    logAuthProblem(new AuthError('CallbackRouteError', { cause: { err: thrown } }));
    expect(warn).toHaveBeenCalledExactlyOnceWith('[auth] AuthError: connect ECONNREFUSED 127.0.0.1:5432');
  });
});
