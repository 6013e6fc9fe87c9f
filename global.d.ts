// Types next-intl's message keys and locales: a key that is not in the English catalogue fails
// the type check (and lib/i18n/catalogues.test.ts keeps the other catalogues in step).
import type { Locale } from '@/lib/i18n/locales';
import type { Messages } from '@/lib/i18n/messages';

declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
