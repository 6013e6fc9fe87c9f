// An export refusal in words, in the language of whoever asked: the desk user's, a reader's, or
// English for the command line. Pure (the catalogues only), so it is unit-tested directly.
import type { Locale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/localise';
import type { ExportRefusal } from './filters';

export function describeExportRefusal(locale: Locale, { key, values }: ExportRefusal): string {
  return translatorFor(locale)(`ExportRefusal.${key}`, values);
}
