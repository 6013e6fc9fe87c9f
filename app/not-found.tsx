import Link from 'next/link';

export default function NotFound() {
  return (
    <main className="mx-auto max-w-xl px-4 py-24 text-center">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="mt-2 text-stone-600">There is nothing at this address. It may have been moved or never published.</p>
      <Link href="/" className="mt-6 inline-block text-sky-800 underline">
        Go to the latest fact checks
      </Link>
    </main>
  );
}
