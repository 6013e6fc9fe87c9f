// A JSON API's refusal: a stable machine `code` (the catalogue key's last part, the same in every
// language, for scripts to branch on) and `error`, the message in the caller's language.
import { NextResponse } from 'next/server';
import type { Locale } from '@/lib/i18n/locales';
import { localise } from '@/lib/i18n/localise';

export function jsonRefusal(
  locale: Locale,
  status: number,
  key: string,
  options: { values?: Record<string, string | number>; headers?: HeadersInit } = {},
): NextResponse {
  const code = key.split('.').at(-1) ?? key;
  return NextResponse.json({ code, error: localise(locale, key, options.values) }, { status, headers: options.headers });
}
