// The languages of the interface. Adding one: a catalogue in messages/<code>.json with every key of
// the others (lib/i18n/catalogues.test.ts checks), the code here, and its Intl tag below.

export const LOCALES = ['id', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The Intl locale each language formats dates and numbers with. English is written for an
 * international (and Indonesian) readership, so day-month-year and a 24-hour clock: en-GB.
 */
export const INTL_LOCALE: Record<Locale, string> = { id: 'id-ID', en: 'en-GB' };

/** The readers' language choice, remembered across visits (read by proxy.ts, set by the switch). */
export const LOCALE_COOKIE = 'NEXT_LOCALE';
export const LOCALE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

/** Indonesian articles are Indonesian text; every other language is shown with English around it. */
export function localeOfLanguage(language: string): Locale {
  return language.toLowerCase().split('-')[0] === 'id' ? 'id' : 'en';
}

/** Each language's name in itself, as a language switch shows it (never translated). */
export const LANGUAGE_NAMES: Record<Locale, string> = { id: 'Bahasa Indonesia', en: 'English' };

/**
 * The `lang` attribute for text written in `language` shown on a page in `locale`: the text's
 * own language when it differs from the page's, nothing when they agree.
 */
export function ownLanguage(language: string, locale: Locale): string | undefined {
  return language.toLowerCase().split('-')[0] === locale ? undefined : language;
}
