// Login endpoint. The login form posts here (JSON from the script, or a plain form without
// JavaScript). Answers 400 / 401 / 403 / 413 with one clear message; on success, Auth.js sets the
// session cookie. A plain form post is redirected back to /login with the message instead.
import { NextResponse } from 'next/server';
import { AuthError } from 'next-auth';
import { authenticate } from '@/lib/auth/authenticate';
import { signIn } from '@/lib/auth/config';
import { readSmallBody } from '@/lib/http/read-form';
import { safeRedirectPath } from '@/lib/http/safe-redirect';

const MAX_BODY_BYTES = 4096;

export async function POST(request: Request) {
  const wantsJson = (request.headers.get('content-type') ?? '').includes('application/json');
  const body = await readSmallBody(request, MAX_BODY_BYTES);
  const next = safeRedirectPath(body.ok ? body.data.callbackUrl : undefined, '/desk');
  const fail = (status: number, message: string) =>
    wantsJson
      ? NextResponse.json({ error: message }, { status })
      : seeOther(`/login?error=${encodeURIComponent(message)}&callbackUrl=${encodeURIComponent(next)}`);

  if (!body.ok) return fail(body.status, body.message);
  const result = await authenticate(body.data);
  if (!result.ok) return fail(result.status, result.message);
  try {
    await signIn('credentials', { email: result.user.email, password: body.data.password, redirect: false });
  } catch (error) {
    if (error instanceof AuthError) return fail(401, 'Wrong email or password.');
    throw error;
  }
  return wantsJson ? NextResponse.json({ redirectTo: next }) : seeOther(next);
}

// A relative Location, so the browser stays on the origin it used: request.url names the server's
// own address (http://localhost:PORT under `next start`), and the CSP's form-action 'self' refuses
// a form post that is redirected to another origin.
function seeOther(path: string) {
  return new NextResponse(null, { status: 303, headers: { Location: path } });
}
