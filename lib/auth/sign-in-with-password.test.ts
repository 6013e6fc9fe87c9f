// How each way Auth.js's signIn() can end becomes one outcome for the login form and /api/login.
// signIn() itself is replaced: the credentials provider behind it is covered by the browser tests.
import { AuthError, CredentialsSignin } from 'next-auth';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { LoginRefused } from './login-refused';
import { SIGN_IN_UNAVAILABLE, signInWithPassword, WRONG_CREDENTIALS } from './sign-in-with-password';

const signIn = vi.hoisted(() => vi.fn<(...args: unknown[]) => Promise<unknown>>());
vi.mock('./config', () => ({ signIn }));

/** What authorize() threw, as Auth.js hands it on: a CallbackRouteError keeping it as `cause.err`. */
const wrappedByAuthJs = (thrown: Error) => new AuthError('CallbackRouteError', { cause: { err: thrown } });

const credentials = { email: 'someone@example.test', password: 'a-password' };

describe('signInWithPassword', () => {
  beforeEach(() => {
    signIn.mockReset();
  });

  it('signs in through the credentials provider once, without letting Auth.js redirect', async () => {
    signIn.mockResolvedValue('http://localhost:3000/desk');
    expect(await signInWithPassword(credentials)).toEqual({ ok: true });
    expect(signIn).toHaveBeenCalledTimes(1);
    expect(signIn).toHaveBeenCalledWith('credentials', { ...credentials, redirect: false });
  });

  it('passes on the refusal of authorize(): throttled, with the time to wait', async () => {
    const refusal = { status: 429 as const, message: 'LoginRefusal.wait', values: { minutes: 15 }, retryAfterSeconds: 900 };
    signIn.mockRejectedValue(new LoginRefused(refusal));
    expect(await signInWithPassword(credentials)).toEqual({ ok: false, refusal });
  });

  it('says "wrong email or password" for any other credentials refusal', async () => {
    signIn.mockRejectedValue(new CredentialsSignin());
    expect(await signInWithPassword(credentials)).toEqual({ ok: false, refusal: { status: 401, message: WRONG_CREDENTIALS } });
  });

  it('says the database is unreachable, not that the password is wrong, when authorize() cannot reach it', async () => {
    const outage = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    signIn.mockRejectedValue(wrappedByAuthJs(outage));
    const outcome = await signInWithPassword(credentials);
    expect(outcome).toMatchObject({ ok: false, refusal: { status: 503, message: SIGN_IN_UNAVAILABLE } });
  });

  it('lets a bug and a Next redirect signal through untouched', async () => {
    const bug = wrappedByAuthJs(new TypeError('undefined is not a function'));
    signIn.mockRejectedValue(bug);
    await expect(signInWithPassword(credentials)).rejects.toBe(bug);
    const redirectSignal = Object.assign(new Error('NEXT_REDIRECT'), { digest: 'NEXT_REDIRECT;replace;/desk;307;' });
    signIn.mockRejectedValue(redirectSignal);
    await expect(signInWithPassword(credentials)).rejects.toBe(redirectSignal);
  });
});
