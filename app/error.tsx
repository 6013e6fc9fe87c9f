'use client';
import { lazy, Suspense } from 'react';
import { Document } from '@/components/document';
import { isDatabaseUnavailableDigest } from '@/lib/db/database-unavailable-error';

// Errors outside every part with a language (a root layout failing); the desk has
// app/(desk)/desk/error.tsx and reader pages app/[locale]/error.tsx, each in its language. Nothing
// here knows the visitor's language, so it says it in both. Those words come from the whole
// catalogues, so they load only when this page shows, not with every page (issue 12).
const BilingualErrorMessage = lazy(() => import('@/components/errors/bilingual-error-message'));

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  // A request that was running when the database went away says so (lib/db/create-client.ts marks it).
  const databaseDown = isDatabaseUnavailableDigest(error.digest);
  return (
    <Document lang="en">
      <main className="mx-auto max-w-xl space-y-10 px-4 py-24 text-center">
        <Suspense fallback={null}>
          <BilingualErrorMessage databaseDown={databaseDown} reset={reset} />
        </Suspense>
      </main>
    </Document>
  );
}
