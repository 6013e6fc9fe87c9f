import type { Metadata } from 'next';
import Link from 'next/link';

// Rendered on its first request, then served from Next's cache, as a verdict page is; about the
// verdict page's size (40 kB of HTML), with no database and no translations.
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

type Params = Promise<{ id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { id } = await params;
  return { title: `Page ${id}`, description: `A page of the floor benchmark, number ${id}.` };
}

export default async function CachedFloorPage({ params }: { params: Params }) {
  const { id } = await params;
  return (
    <main>
      <h1>Page {id}</h1>
      <ol>
        {Array.from({ length: 60 }, (_, row) => (
          <li key={row} className="space-y-2 rounded border p-2">
            <p>
              Line {row} of page {id}: someone said something about the matter at hand, in about as many words as a quote.
            </p>
            <Link href={`/isr/${row}`} prefetch={false}>
              Another page
            </Link>
          </li>
        ))}
      </ol>
    </main>
  );
}
