// Reader pages carry their language in the path (/id/claims/..., /en/sources/...), so each
// language version is a static page that Next and a caching proxy can keep, and no page reads a
// cookie or header while rendering. The unprefixed addresses (/, /claims/<id>/<slug>,
// /sources/<id>) are language-neutral: shared links, exports and the hreflang x-default point
// there, and proxy.ts redirects them to the reader's language (readerLocaleRedirect below).
import { isLocale, type Locale } from './locales';
import { negotiateLocale, type LocaleHints } from './negotiate-locale';

/** "/claims/x/y" in a language: "/en/claims/x/y"; the index "/" is "/en". */
export function localePath(locale: Locale, path: string): string {
  return path === '/' || path === '' ? `/${locale}` : `/${locale}${path}`;
}

/** Unprefixed paths that are reader pages: the index, verdict and source pages, and the site's own pages. */
function isReaderPath(path: string): boolean {
  return path === '/' || path === '' || /^\/(claims|sources)\/./.test(path) || /^\/(methodology|corrections|about)$/.test(path);
}

// What a language prefix looks like ("fr", "pt-BR", "zh_Hant"): an unknown one on a reader path
// falls back to the reader's language instead of a not-found page.
const LANGUAGE_TAG = /^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})?$/i;

/**
 * Where a GET for `pathname` should go so the reader sees their language, or null when the path
 * already names one of ours (or is not a reader page at all).
 */
export function readerLocaleRedirect(pathname: string, hints: LocaleHints): string | null {
  if (isReaderPath(pathname)) return localePath(negotiateLocale(hints), pathname);
  const [, first = '', ...rest] = pathname.split('/');
  if (isLocale(first) || !LANGUAGE_TAG.test(first)) return null;
  const remainder = `/${rest.join('/')}`;
  return isReaderPath(remainder) ? localePath(negotiateLocale(hints), remainder) : null;
}

/** The language named by a path's first segment, if it is one of ours. */
export function localeOfPath(pathname: string): Locale | null {
  const first = pathname.split('/')[1];
  return isLocale(first) ? first : null;
}

/** The same page in another language: "/id/claims/x/y" -> "/en/claims/x/y". */
export function switchLocalePath(pathname: string, to: Locale): string {
  const current = localeOfPath(pathname);
  const rest = current ? pathname.slice(current.length + 1) : pathname;
  return localePath(to, rest || '/');
}
