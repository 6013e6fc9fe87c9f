'use client';
// The reader's language switch: a link to the same page in each language, so it works without
// JavaScript. A click also remembers the choice in a cookie, which proxy.ts reads when the reader
// next opens an address without a language (a shared link, the bare site) - the pages themselves
// never read it, so they stay cacheable. The search (?q=...) goes along.
import { usePathname } from 'next/navigation';
import type { MouseEvent } from 'react';
import { LANGUAGE_NAMES, LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE, LOCALES, type Locale } from '@/lib/i18n/locales';
import { switchLocalePath } from '@/lib/i18n/reader-paths';

export function LanguageSwitch({ current, label }: { current: Locale; label: string }) {
  const pathname = usePathname();
  const choose = (locale: Locale, href: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=${LOCALE_COOKIE_MAX_AGE}; samesite=lax`;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    window.location.assign(href + window.location.search);
  };
  return (
    <nav aria-label={label} className="flex gap-2 text-sm" data-testid="language-switch">
      {LOCALES.map((locale) => {
        const href = switchLocalePath(pathname, locale);
        return (
          <a
            key={locale}
            href={href}
            lang={locale}
            hrefLang={locale}
            aria-current={locale === current ? 'true' : undefined}
            onClick={choose(locale, href)}
            className={locale === current ? 'font-semibold text-stone-900' : 'text-sky-800 underline'}
          >
            {LANGUAGE_NAMES[locale]}
          </a>
        );
      })}
    </nav>
  );
}
