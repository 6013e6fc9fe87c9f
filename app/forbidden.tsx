import Link from 'next/link';
import { Document } from '@/components/document';
import { LOCALES } from '@/lib/i18n/locales';
import { MESSAGES } from '@/lib/i18n/messages';

// forbidden() outside the desk's pages (desk pages have app/(desk)/desk/forbidden.tsx, in the
// editor's language). No language is known here, so it speaks both, from the catalogues.
export default function Forbidden() {
  return (
    <Document lang="en">
      <main className="mx-auto max-w-xl space-y-10 px-4 py-24 text-center">
        {[...LOCALES].reverse().map((locale) => {
          const t = MESSAGES[locale].Forbidden;
          return (
            <section key={locale} lang={locale}>
              <h1 className="text-2xl font-semibold">{t.title}</h1>
              <p className="mt-2 text-stone-600">{t.body}</p>
              <Link href="/desk" className="mt-6 inline-block text-sky-800 underline">
                {t.back}
              </Link>
            </section>
          );
        })}
      </main>
    </Document>
  );
}
