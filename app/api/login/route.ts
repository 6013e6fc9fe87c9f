// Login endpoint. The login form posts here (JSON from the script, or a plain form without
// JavaScript). Answers 400 / 401 / 403 / 413 / 429 with one clear message; on success, Auth.js
// sets the session cookie. A plain form post is redirected back to /login with the message instead.
// Cross-site posts are refused (login CSRF: a hostile page signing the victim into its own account).
import { NextResponse } from 'next/server';
import { AuthError } from 'next-auth';
import { signIn } from '@/lib/auth/config';
import { LoginRefused } from '@/lib/auth/login-refused';
import { readSmallBody } from '@/lib/http/read-form';
import { safeRedirectPath } from '@/lib/http/safe-redirect';
import { isCrossSite } from '@/lib/http/same-origin';
import { loginSchema } from '@/lib/schemas/login';

const MAX_BODY_BYTES = 4096;

export async function POST(request: Request) {
  const wantsJson = (request.headers.get('content-type') ?? '').includes('application/json');
  if (isCrossSite(request.headers)) {
    return NextResponse.json({ error: 'Sign in from the ClaimDesk login page.' }, { status: 403 });
  }
  const body = await readSmallBody(request, MAX_BODY_BYTES);
  const next = safeRedirectPath(body.ok ? body.data.callbackUrl : undefined, '/desk');
  const fail = (status: number, message: string, headers?: HeadersInit) =>
    wantsJson
      ? NextResponse.json({ error: message }, { status, headers })
      : seeOther(`/login?error=${encodeURIComponent(message)}&callbackUrl=${encodeURIComponent(next)}`);

  if (!body.ok) return fail(body.status, body.message);
  // The shape is checked here for a precise 400; the password is checked once, in the credentials
  // provider (lib/auth/config.ts), which signIn() calls.
  const input = loginSchema.safeParse(body.data);
  if (!input.success) return fail(400, input.error.issues[0]?.message ?? 'Invalid login.');
  try {
    await signIn('credentials', { ...input.data, redirect: false });
  } catch (error) {
    if (error instanceof LoginRefused) {
      const { status, message, retryAfterSeconds } = error.refusal;
      return fail(status, message, retryAfterSeconds ? { 'Retry-After': String(retryAfterSeconds) } : undefined);
    }
    if (error instanceof AuthError) return fail(401, 'Wrong email or password.');
    throw error;
  }
  return wantsJson ? NextResponse.json({ redirectTo: next }) : seeOther(next);
}

// A relative Location, so the browser stays on the origin it used: request.url names the server's
// own address (http://localhost:PORT under `next start`), where the new session cookie is not sent,
// and the CSP's form-action 'self' refuses a form post redirected to another origin.
function seeOther(path: string) {
  return new NextResponse(null, { status: 303, headers: { Location: path } });
}
