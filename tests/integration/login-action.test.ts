// The login form's server action: the public start of the action wrapper (same-site check, then
// input) and what it does with each outcome of the one shared sign-in path. That path itself
// (signInWithPassword) has its own unit test, and the browser tests sign in for real.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { signInAction } from '@/lib/actions/login';
import { MESSAGES } from '@/lib/i18n/messages';
import type { SignInOutcome } from '@/lib/auth/sign-in-with-password';
import { formData } from '../support/factories';

const request = vi.hoisted(() => ({ headers: new Headers(), cookies: undefined as string | undefined }));
vi.mock('next/headers', () => ({
  headers: () => Promise.resolve(request.headers),
  // The language cookie (NEXT_LOCALE) the language switch sets.
  cookies: () => Promise.resolve({ get: () => (request.cookies ? { value: request.cookies } : undefined) }),
}));

const signInWithPassword = vi.hoisted(() => vi.fn<(input: unknown) => Promise<SignInOutcome>>());
vi.mock('@/lib/auth/sign-in-with-password', () => ({ signInWithPassword }));

// Next's redirect() throws a signal; this stand-in throws one that says where to.
class RedirectSignal extends Error {}
vi.mock('next/navigation', () => ({
  redirect: (to: string) => {
    throw new RedirectSignal(to);
  },
}));

const form = (fields: Record<string, string> = {}) =>
  formData({ email: 'someone@example.test', password: 'a-password', callbackUrl: '/desk/claims', ...fields });

describe('the login action', () => {
  beforeEach(() => {
    request.headers = new Headers({ origin: 'http://localhost:3000', host: 'localhost:3000', 'sec-fetch-site': 'same-origin' });
    request.cookies = undefined;
    signInWithPassword.mockReset();
    signInWithPassword.mockResolvedValue({ ok: true });
  });

  it('refuses a form posted from another site before looking at the credentials', async () => {
    const crossSite: Record<string, string>[] = [
      { 'sec-fetch-site': 'cross-site' },
      { origin: 'https://evil.example', host: 'localhost:3000' },
      { origin: 'null' },
    ];
    for (const sent of crossSite) {
      request.headers = new Headers(sent);
      expect(await signInAction(null, form())).toEqual({ ok: false, message: MESSAGES.en.Actions.crossSite });
    }
    expect(signInWithPassword).not.toHaveBeenCalled();
  });

  it('names what is wrong with the input, keeps the email, never sends the password back', async () => {
    const result = await signInAction(null, form({ email: 'not-an-email' }));
    expect(result).toMatchObject({ ok: false, message: 'That is not a valid email address.' });
    expect(result.ok === false && result.values).toEqual({ email: 'not-an-email', callbackUrl: '/desk/claims' });
    expect(signInWithPassword).not.toHaveBeenCalled();
  });

  it("says the refusal in the visitor's language (throttled, with the wait) and keeps the email", async () => {
    const refusal = { status: 429 as const, message: 'LoginRefusal.wait', values: { minutes: 15 }, retryAfterSeconds: 900 };
    signInWithPassword.mockResolvedValue({ ok: false, refusal });
    const result = await signInAction(null, form());
    const message = 'Too many failed sign-ins. Wait 15 minutes and try again.';
    expect(result).toEqual({ ok: false, message, values: { email: 'someone@example.test', callbackUrl: '/desk/claims' } });
    expect(signInWithPassword).toHaveBeenCalledTimes(1);

    request.cookies = 'id';
    expect(await signInAction(null, form())).toMatchObject({
      ok: false,
      message: 'Terlalu banyak gagal masuk. Tunggu 15 menit lalu coba lagi.',
    });
    expect(await signInAction(null, form({ email: 'not-an-email' }))).toMatchObject({ message: 'Itu bukan alamat email yang sah.' });
  });

  it('signs in once with the normalised credentials and goes to the asked page, or the desk for an unsafe one', async () => {
    await expect(signInAction(null, form({ email: ' Someone@Example.TEST ' }))).rejects.toThrow(new RedirectSignal('/desk/claims'));
    expect(signInWithPassword).toHaveBeenCalledExactlyOnceWith({
      email: 'someone@example.test',
      password: 'a-password',
      callbackUrl: '/desk/claims',
    });
    for (const callbackUrl of ['//evil.example', 'https://evil.example/', '/\t/evil.example']) {
      await expect(signInAction(null, form({ callbackUrl }))).rejects.toThrow(new RedirectSignal('/desk'));
    }
    const withoutTarget = formData({ email: 'someone@example.test', password: 'a-password' });
    await expect(signInAction(null, withoutTarget)).rejects.toThrow(new RedirectSignal('/desk'));
  });
});
