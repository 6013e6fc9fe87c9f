'use client';
import { Document } from '@/components/document';

// Errors outside the reader pages (the desk, sign-in); reader pages have app/[locale]/error.tsx.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <Document lang="en">
      <main className="mx-auto max-w-xl px-4 py-24 text-center">
        <h1 className="text-2xl font-semibold">Something went wrong</h1>
        <p className="mt-2 text-stone-600">The page could not be shown. Nothing you saved was lost. Try again in a moment.</p>
        <button type="button" onClick={reset} className="mt-6 rounded-md border border-stone-300 bg-white px-3 py-2 text-sm">
          Try again
        </button>
      </main>
    </Document>
  );
}
