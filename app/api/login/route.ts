// Login endpoint. The login form posts here (JSON from the script, or a plain form without
// JavaScript). Answers 400 / 401 / 403 / 413 / 429 with one clear message; on success, Auth.js
// sets the session cookie. A plain form post is redirected back to /login with the message instead.
// Cross-site posts are refused (login CSRF: a hostile page signing the victim into its own account).
import { NextResponse } from 'next/server';
import { AuthError } from 'next-auth';
import { authenticate } from '@/lib/auth/authenticate';
import { signIn } from '@/lib/auth/config';
import { clientAddress } from '@/lib/http/client-address';
import { readSmallBody } from '@/lib/http/read-form';
import { safeRedirectPath } from '@/lib/http/safe-redirect';
import { isCrossSite } from '@/lib/http/same-origin';

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
  const result = await authenticate(body.data, clientAddress(request.headers));
  if (!result.ok) return fail(result.status, result.message, result.status === 429 ? { 'Retry-After': String(result.retryAfterSeconds) } : undefined);
  try {
    await signIn('credentials', { email: result.user.email, password: body.data.password, redirect: false });
  } catch (error) {
    if (error instanceof AuthError) return fail(401, 'Wrong email or password.');
    throw error;
  }
  return wantsJson ? NextResponse.json({ redirectTo: next }) : seeOther(next);
}

/**
 * A relative Location: behind a proxy, or on `next start --hostname 127.0.0.1`, request.url names
 * another host than the browser used (localhost), where the new session cookie would not be sent.
 */
function seeOther(path: string): Response {
  return new Response(null, { status: 303, headers: { Location: path } });
}
