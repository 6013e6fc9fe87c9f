// Signing in with an email and password, shared by the login form's server action and the
// programmatic POST /api/login, so both take one path: Auth.js's signIn() runs the credentials
// provider, whose authorize() is the only place the password is checked and the attempt throttled
// (lib/auth/authenticate.ts). Here the ways it can refuse become one Refusal with a status and a
// message. On success the session cookie has been set on the response; the caller decides where to go.
import 'server-only';
import { AuthError, CredentialsSignin } from 'next-auth';
import { isDatabaseUnavailable, DATABASE_RETRY_AFTER_SECONDS } from '@/lib/http/database-unavailable';
import type { LoginInput } from '@/lib/schemas/login';
import { authErrorCause } from './auth-error-cause';
import { signIn } from './config';
import { LoginRefused, type Refusal } from './login-refused';

export type SignInOutcome = { ok: true } | { ok: false; refusal: Refusal };

// Catalogue keys: the login form and /api/login say them in the visitor's language.
export const WRONG_CREDENTIALS = 'LoginRefusal.wrongCredentials';
export const SIGN_IN_UNAVAILABLE = 'LoginRefusal.unavailable';

export async function signInWithPassword(credentials: LoginInput): Promise<SignInOutcome> {
  try {
    // No redirect from Auth.js: it would send an absolute URL built from the server's own address;
    // the callers redirect to a checked relative path (safeRedirectPath) themselves.
    await signIn('credentials', { email: credentials.email, password: credentials.password, redirect: false });
    return { ok: true };
  } catch (error) {
    if (error instanceof LoginRefused) return { ok: false, refusal: error.refusal };
    if (error instanceof CredentialsSignin) return { ok: false, refusal: { status: 401, message: WRONG_CREDENTIALS } };
    // authorize() failing (the throttle's or the user's query) reaches here wrapped by Auth.js: an
    // outage is said as such, never as a wrong password; anything else is a bug for the error page.
    if (error instanceof AuthError && isDatabaseUnavailable(authErrorCause(error))) {
      return { ok: false, refusal: { status: 503, message: SIGN_IN_UNAVAILABLE, retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS } };
    }
    throw error;
  }
}
