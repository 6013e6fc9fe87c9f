import Link from 'next/link';
import { Document } from '@/components/document';

export default function Forbidden() {
  return (
    <Document lang="en">
      <main className="mx-auto max-w-xl px-4 py-24 text-center">
        <h1 className="text-2xl font-semibold">You do not have access to this page</h1>
        <p className="mt-2 text-stone-600">Your role does not allow it. Ask an administrator if you need access.</p>
        <Link href="/desk" className="mt-6 inline-block text-sky-800 underline">
          Back to the desk
        </Link>
      </main>
    </Document>
  );
}
