// next-intl's request configuration (wired in next.config.ts). Reader pages pass their [locale]
// explicitly (setRequestLocale, getTranslations({ locale })), so nothing here reads headers or
// cookies and the pages stay static. Any other value falls back to DEFAULT_LOCALE.
import { getRequestConfig } from 'next-intl/server';
import { isLocale } from './locales';
import { MESSAGES } from './messages';
import { getDefaultLocale } from './default-locale';

export default getRequestConfig(async ({ locale, requestLocale }) => {
  const asked = locale ?? (await requestLocale);
  const chosen = isLocale(asked) ? asked : getDefaultLocale();
  return { locale: chosen, messages: MESSAGES[chosen], timeZone: 'UTC' };
});
