// The language of a reader who has not chosen one and whose browser asks for none we have.
import { getEnv } from '@/lib/env';
import type { Locale } from './locales';

export function getDefaultLocale(): Locale {
  return getEnv().DEFAULT_LOCALE;
}
