import Link from 'next/link';

// The reader's front page. The list of published verdicts with search arrives with the public
// pages; until then it says plainly that nothing is published.
export default function HomePage() {
  return (
    <main className="mx-auto max-w-3xl px-4 py-16">
      <h1 className="font-serif text-3xl font-semibold">ClaimDesk</h1>
      <p className="mt-2 text-stone-700">Fact-checked claims from the news: who said it, and whether it holds up.</p>
      <p className="mt-8 rounded-lg border border-stone-200 bg-white p-4 text-stone-700">No fact checks have been published yet.</p>
      <p className="mt-8 text-sm text-stone-500">
        Editors: <Link href="/login" className="text-sky-800 underline">sign in to the desk</Link>.
      </p>
    </main>
  );
}
