'use client';
import { LOCALES } from '@/lib/i18n/locales';
import { MESSAGES } from '@/lib/i18n/messages';

/**
 * The root error page's words in every language, from the catalogues. Loaded only when that page
 * shows (app/error.tsx imports it lazily): reaching MESSAGES pulls both whole catalogues into the
 * browser bundle, and as a static import it was a 116 kB script on every page of the site.
 */
export default function BilingualErrorMessage({ databaseDown, reset }: { databaseDown: boolean; reset: () => void }) {
  return [...LOCALES].reverse().map((locale) => {
    const t = MESSAGES[locale].ErrorPage;
    const said = databaseDown ? MESSAGES[locale].DatabaseGate : t;
    return (
      <section key={locale} lang={locale}>
        <h1 className="text-2xl font-semibold">{said.title}</h1>
        <p className="mt-2 text-stone-600">{said.body}</p>
        <button type="button" onClick={reset} className="mt-6 rounded-md border border-stone-300 bg-white px-3 py-2 text-sm">
          {t.retry}
        </button>
      </section>
    );
  });
}
