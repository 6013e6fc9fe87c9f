// Programmatic sign-in: scripts, the benchmark and the browser tests' setup sign in here with JSON
// (or a URL-encoded body) and get a status they can check: 200 with where to go, or 400 / 401 /
// 403 / 413 / 415 / 429 / 503 with one clear message. People sign in on /login, whose form is a
// server action; both take the same path (signInWithPassword), so the password is checked once, in
// the credentials provider, throttled there. Cross-site posts are refused (login CSRF).
// Refusals are in the language the caller asks for (the language cookie, then Accept-Language);
// a script that asks for none gets English, so its parsing does not depend on DEFAULT_LOCALE.
import { NextResponse } from 'next/server';
import { signInWithPassword } from '@/lib/auth/sign-in-with-password';
import { jsonRefusal } from '@/lib/http/json-refusal';
import { readSmallBody } from '@/lib/http/read-form';
import { isCrossSite } from '@/lib/http/same-origin';
import { localeOfRequest } from '@/lib/i18n/request-locale';
import { loginRequestSchema } from '@/lib/schemas/login';

const MAX_BODY_BYTES = 4096;

export async function POST(request: Request) {
  const locale = localeOfRequest(request, 'en');
  if (isCrossSite(request.headers)) return jsonRefusal(locale, 403, 'LoginRefusal.crossSite');
  const body = await readSmallBody(request, MAX_BODY_BYTES);
  if (!body.ok) return jsonRefusal(locale, body.status, body.message);
  // The shape is checked here for a precise 400; the password only in the credentials provider.
  const input = loginRequestSchema.safeParse(body.data);
  if (!input.success) return jsonRefusal(locale, 400, input.error.issues[0]?.message ?? 'LoginRefusal.invalid');
  const outcome = await signInWithPassword(input.data);
  if (!outcome.ok) {
    const { status, message, values, retryAfterSeconds } = outcome.refusal;
    const headers = retryAfterSeconds ? { 'Retry-After': String(retryAfterSeconds) } : undefined;
    return jsonRefusal(locale, status, message, { values, headers });
  }
  return NextResponse.json({ redirectTo: input.data.callbackUrl });
}
