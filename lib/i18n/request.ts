// next-intl's request configuration (wired in next.config.ts). Reader pages pass their [locale]
// explicitly (setRequestLocale, getTranslations({ locale })), so nothing here reads headers or
// cookies for them and they stay static. Everything else (the desk, the login page, server actions)
// has no language in its address and gets the editor's or the browser's (lib/i18n/desk-locale.ts).
import { getRequestConfig } from 'next-intl/server';
import { isLocale } from './locales';
import { MESSAGES } from './messages';

export default getRequestConfig(async ({ locale, requestLocale }) => {
  const asked = locale ?? (await requestLocale);
  // Loaded only when needed: reader pages never reach the session or the request headers.
  const chosen = isLocale(asked) ? asked : await (await import('./desk-locale')).getDeskLocale();
  return { locale: chosen, messages: MESSAGES[chosen], timeZone: 'UTC' };
});
