// hreflang alternates of a reader page: one absolute URL per language, and x-default at the
// language-neutral address that proxy.ts sends to the reader's language.
import { LOCALES, type Locale } from './locales';
import { localePath } from './reader-paths';

export function languageAlternates(baseUrl: string, path: string): Record<Locale | 'x-default', string> {
  const base = baseUrl.replace(/\/+$/, '');
  const languages = Object.fromEntries(LOCALES.map((locale) => [locale, `${base}${localePath(locale, path)}`]));
  return { ...languages, 'x-default': `${base}${path}` } as Record<Locale | 'x-default', string>;
}
