// The language a server action answers in: the signed-in editor's choice, else what the browser
// asks for (cookie, Accept-Language), else DEFAULT_LOCALE. Outside a request (scripts, tests that
// call an action directly) there are no headers to read, and the default applies.
import 'server-only';
import { getDefaultLocale } from './default-locale';
import { getBrowserLocale } from './desk-locale';
import type { Locale } from './locales';

export async function actionLocale(user: { locale: Locale | null } | null): Promise<Locale> {
  if (user?.locale) return user.locale;
  try {
    return await getBrowserLocale();
  } catch {
    return getDefaultLocale();
  }
}
