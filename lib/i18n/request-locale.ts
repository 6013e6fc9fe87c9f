// The language of a route handler's answer, read from the request itself: the language cookie, then
// Accept-Language, then `fallback`. Route handlers get the Request, so this needs no next/headers
// and a handler called directly (tests, scripts) answers the same way a browser's request does.
import { LOCALE_COOKIE, type Locale } from './locales';
import { negotiateLocale } from './negotiate-locale';

function cookieValue(header: string | null, name: string): string | undefined {
  for (const pair of (header ?? '').split(';')) {
    const [key, ...value] = pair.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

export function localeOfRequest(request: Request, fallback: Locale): Locale {
  return negotiateLocale({
    cookie: cookieValue(request.headers.get('cookie'), LOCALE_COOKIE),
    acceptLanguage: request.headers.get('accept-language'),
    fallback,
  });
}

/** An editor's profile choice wins over what the browser asks for. */
export function editorLocaleOfRequest(request: Request, user: { locale: Locale | null } | null, fallback: Locale): Locale {
  return user?.locale ?? localeOfRequest(request, fallback);
}
