// The language of the desk and the login page for this request. The desk has no language in its
// addresses: a signed-in editor gets the language chosen in the profile page; anyone else (the
// login page, an editor who has not chosen) gets what a reader would: the language cookie, then the
// browser's Accept-Language, then DEFAULT_LOCALE. Unknown values are ignored, never an error.
import 'server-only';
import { cookies, headers } from 'next/headers';
import { cache } from 'react';
import { getCurrentUser } from '@/lib/auth/current-user';
import { getDefaultLocale } from './default-locale';
import { LOCALE_COOKIE, type Locale } from './locales';
import { negotiateLocale } from './negotiate-locale';

/** The language a visitor's browser asks for, as far as we have it. */
export async function getBrowserLocale(): Promise<Locale> {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  return negotiateLocale({
    cookie: cookieStore.get(LOCALE_COOKIE)?.value,
    acceptLanguage: headerList.get('accept-language'),
    fallback: getDefaultLocale(),
  });
}

export const getDeskLocale = cache(async (): Promise<Locale> => {
  const user = await getCurrentUser();
  return user?.locale ?? (await getBrowserLocale());
});
