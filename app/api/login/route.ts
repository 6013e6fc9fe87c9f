// Programmatic sign-in: scripts, the benchmark and the browser tests' setup sign in here with JSON
// (or a URL-encoded body) and get a status they can check: 200 with where to go, or 400 / 401 /
// 403 / 413 / 415 / 429 / 503 with one clear message. People sign in on /login, whose form is a
// server action; both take the same path (signInWithPassword), so the password is checked once, in
// the credentials provider, throttled there. Cross-site posts are refused (login CSRF).
// Refusals are in the language the caller asks for (the language cookie, then Accept-Language);
// a script that asks for none gets English, so its parsing does not depend on DEFAULT_LOCALE.
import { NextResponse } from 'next/server';
import { signInWithPassword } from '@/lib/auth/sign-in-with-password';
import { readSmallBody } from '@/lib/http/read-form';
import { isCrossSite } from '@/lib/http/same-origin';
import { LOCALE_COOKIE, type Locale } from '@/lib/i18n/locales';
import { localise } from '@/lib/i18n/localise';
import { negotiateLocale } from '@/lib/i18n/negotiate-locale';
import { loginRequestSchema } from '@/lib/schemas/login';

const MAX_BODY_BYTES = 4096;

const refuse = (status: number, message: string, headers?: HeadersInit) => NextResponse.json({ error: message }, { status, headers });

function callerLocale(request: Request): Locale {
  const cookie = (request.headers.get('cookie') ?? '')
    .split(';')
    .map((pair) => pair.trim().split('='))
    .find(([name]) => name === LOCALE_COOKIE)?.[1];
  return negotiateLocale({ cookie, acceptLanguage: request.headers.get('accept-language'), fallback: 'en' });
}

export async function POST(request: Request) {
  const locale = callerLocale(request);
  if (isCrossSite(request.headers)) return refuse(403, localise(locale, 'LoginRefusal.crossSite'));
  const body = await readSmallBody(request, MAX_BODY_BYTES);
  if (!body.ok) return refuse(body.status, body.message);
  // The shape is checked here for a precise 400; the password only in the credentials provider.
  const input = loginRequestSchema.safeParse(body.data);
  if (!input.success) return refuse(400, localise(locale, input.error.issues[0]?.message ?? 'LoginRefusal.invalid'));
  const outcome = await signInWithPassword(input.data);
  if (!outcome.ok) {
    const { status, message, values, retryAfterSeconds } = outcome.refusal;
    return refuse(status, localise(locale, message, values), retryAfterSeconds ? { 'Retry-After': String(retryAfterSeconds) } : undefined);
  }
  return NextResponse.json({ redirectTo: input.data.callbackUrl });
}
