'use client';
import { Document } from '@/components/document';
import { isDatabaseUnavailableDigest } from '@/lib/db/database-unavailable-error';
import { LOCALES } from '@/lib/i18n/locales';
import { MESSAGES } from '@/lib/i18n/messages';

// Errors outside every part with a language (a root layout failing); the desk has
// app/(desk)/desk/error.tsx and reader pages app/[locale]/error.tsx, each in its language. Nothing
// here knows the visitor's language, so it says it in both, from the catalogues.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  // A request that was running when the database went away says so (lib/db/create-client.ts marks it).
  const databaseDown = isDatabaseUnavailableDigest(error.digest);
  return (
    <Document lang="en">
      <main className="mx-auto max-w-xl space-y-10 px-4 py-24 text-center">
        {[...LOCALES].reverse().map((locale) => {
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
        })}
      </main>
    </Document>
  );
}
