// Types next-intl's message keys: a key that is not in the English catalogue fails the type check
// (and lib/i18n/catalogues.test.ts keeps the other catalogues in step). Locales stay plain strings
// for next-intl, because its formatters are given Intl tags (en-GB) as well as our codes.
import type { Messages } from '@/lib/i18n/messages';

declare module 'next-intl' {
  interface AppConfig {
    Messages: Messages;
  }
}
