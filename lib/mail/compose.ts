// The words of notification e-mail, in the recipient's language. Plain text only: the claim's
// statement and people's names are inserted as text, so nothing a user typed becomes markup. Pure.
import { translatorFor } from '@/lib/i18n/localise';
import type { Locale } from '@/lib/i18n/locales';
import { notificationMessage, type NotificationFacts } from '@/lib/notifications/describe';
import type { OutgoingMail } from './transport';

type NotificationKey = Parameters<ReturnType<typeof translatorFor>>[0] & `Notifications.${string}`;

export function describeNotification(locale: Locale, facts: NotificationFacts): string {
  const { key, values } = notificationMessage(facts);
  return translatorFor(locale)(`Notifications.${key}` as NotificationKey, values);
}

interface Recipient {
  email: string;
  name: string;
  locale: Locale;
}

export function composeNotificationEmail(to: Recipient, facts: NotificationFacts, link: string): OutgoingMail {
  const t = translatorFor(to.locale);
  const sentence = describeNotification(to.locale, facts);
  const text = [t('Mail.greeting', { name: to.name }), '', sentence, '', t('Mail.openLink', { link }), '', t('Mail.footer')].join('\n');
  return { to: to.email, subject: t('Mail.subject', { summary: oneLine(sentence) }), text, language: to.locale };
}

export interface DigestItem {
  facts: NotificationFacts;
  link: string;
}

export function composeDigestEmail(to: Recipient, day: string, items: readonly DigestItem[]): OutgoingMail {
  const t = translatorFor(to.locale);
  const lines = items.flatMap(({ facts, link }) => [`- ${describeNotification(to.locale, facts)}`, `  ${link}`]);
  const text = [
    t('Mail.greeting', { name: to.name }),
    '',
    t('Mail.digestIntro', { count: items.length, day }),
    '',
    ...lines,
    '',
    t('Mail.footer'),
  ].join('\n');
  return { to: to.email, subject: t('Mail.digestSubject', { count: items.length, day }), text, language: to.locale };
}

/** A subject is one line: a statement with line breaks would break the header. */
function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 150 ? `${flat.slice(0, 149)}…` : flat;
}
