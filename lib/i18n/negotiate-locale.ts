// Which language a reader gets at an address without one: their remembered choice (cookie), else
// the first language of their browser's Accept-Language we have, else DEFAULT_LOCALE. Anything
// unknown or malformed in the cookie or the header is ignored, never an error.
import Negotiator from 'negotiator';
import { isLocale, LOCALES, type Locale } from './locales';

const MAX_ACCEPT_LANGUAGE = 1000;

export interface LocaleHints {
  cookie: string | undefined;
  acceptLanguage: string | null;
  fallback: Locale;
}

export function negotiateLocale({ cookie, acceptLanguage, fallback }: LocaleHints): Locale {
  if (isLocale(cookie)) return cookie;
  // A header longer than any browser sends is not worth parsing.
  if (!acceptLanguage || acceptLanguage.length > MAX_ACCEPT_LANGUAGE) return fallback;
  const preferred = new Negotiator({ headers: { 'accept-language': acceptLanguage } }).languages([...LOCALES]);
  const first = preferred[0];
  return isLocale(first) ? first : fallback;
}
