// Server-side words in a given language, outside React: server actions translate with the editor's
// language. Action and schema messages are catalogue keys ("Actions.saved", "Validation.tooLong");
// localise() translates a key and passes any other text through unchanged, so a message not yet
// moved into the catalogues still reads (in English) instead of failing.
import { createTranslator } from 'next-intl';
import type { Locale } from './locales';
import { MESSAGES, type Messages } from './messages';

export function translatorFor(locale: Locale) {
  return createTranslator({ locale, messages: MESSAGES[locale] });
}

export type Translator = ReturnType<typeof translatorFor>;
type MessageKey = Parameters<Translator>[0];
type Values = Record<string, string | number | Date>;

/** True for "Namespace.key" naming a message (a leaf) of the catalogue. */
export function isMessageKey(messages: Messages, text: string): boolean {
  let node: unknown = messages;
  for (const part of text.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string';
}

/** The message a key names, with `values` filled in; any text that is not a key, as it is. */
export function localise(locale: Locale, text: string, values: Values = {}): string {
  if (!isMessageKey(MESSAGES[locale], text)) return text;
  return translatorFor(locale)(text as MessageKey, values);
}
