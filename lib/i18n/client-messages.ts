// The part of the catalogue the desk and the login page hand to their client components. Handing
// the whole catalogue (64 kB a language) made it travel with every desk page: serialised into the
// React payload, read back for the server render and written into the HTML again, over half of the
// desk home's 117 kB (issue 12). Client components (and components they share with the server) name
// their namespace when they call the useTranslations hook; client-messages.test.ts keeps this list complete.
import type { Locale } from './locales';
import { MESSAGES, type Messages } from './messages';

export const CLIENT_NAMESPACES = [
  'ArticleEdit',
  'ArticleFields',
  'ClaimCards',
  'ClaimForm',
  'ClaimPlaces',
  'Comments',
  'DatabaseGate',
  'DeskCommon',
  'DeskHome',
  'DeskInbox',
  'ErrorPage',
  'Evidence',
  'EvidenceArchive',
  'ExportPage',
  'ImportArticle',
  'Jobs',
  'Login',
  'NotFound',
  'Notifications',
  'Profile',
  'Publication',
  'Review',
  'SiteSettings',
  'SourceChanges',
  'SourceDetail',
  'SourceForms',
  'SourceKind',
  'SourcesPage',
  'Status',
  'Suggestions',
  'UsersPage',
  'Verification',
] as const satisfies readonly (keyof Messages)[];

export type ClientMessages = Pick<Messages, (typeof CLIENT_NAMESPACES)[number]>;

/** The login page's: its form, and the form status it shares with the desk's forms. */
export const LOGIN_CLIENT_NAMESPACES = ['Login', 'DeskCommon'] as const satisfies readonly (keyof Messages)[];

/** The reader pages' client components are the not-found and error pages only (forms get their words as props). */
export const READER_CLIENT_NAMESPACES = ['NotFound', 'ErrorPage', 'DatabaseGate'] as const satisfies readonly (keyof Messages)[];

/** The named namespaces of a language's catalogue. */
export function pickMessages<N extends keyof Messages>(locale: Locale, namespaces: readonly N[]): Pick<Messages, N> {
  const all = MESSAGES[locale];
  return Object.fromEntries(namespaces.map((namespace) => [namespace, all[namespace]])) as Pick<Messages, N>;
}

// Picked once per language: the catalogues never change while the server runs.
const picked = new Map<Locale, ClientMessages>();

export function clientMessages(locale: Locale): ClientMessages {
  let messages = picked.get(locale);
  if (!messages) {
    messages = pickMessages(locale, CLIENT_NAMESPACES);
    picked.set(locale, messages);
  }
  return messages;
}
