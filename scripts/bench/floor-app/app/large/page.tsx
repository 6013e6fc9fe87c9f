import { cookies } from 'next/headers';
import { LongText } from './long-text';

// Rendered on every request as the 500-claim workspace is, and of its shape and size (about 240 kB):
// a long text of 500 paragraphs handed to a client component with 500 highlights, which the server
// renders the start of, and 30 cards beside it. No session, database or translations: what Next
// itself costs per render of a page that large on this machine.
const PARAGRAPHS = 500;
const CARDS = 30;

const paragraph = (n: number) =>
  `"On the matter of item ${n}, the figure from the local government is right and was not made up," he said. The reporter noted the statement at the office, before residents and officers.`;

export default async function LargeFloorPage() {
  const visitor = (await cookies()).get('visitor')?.value ?? 'anonymous';
  const texts = Array.from({ length: PARAGRAPHS }, (_, n) => paragraph(n));
  let offset = 0;
  const highlights = texts.map((text, n) => {
    const start = offset;
    offset += text.length + 2;
    return [`claim-${n}`, start, start + text.indexOf('he said') - 2, n % 3 === 0 ? 'PUBLISHED' : 'UNSTARTED'] as const;
  });
  return (
    <main className="grid grid-cols-2 gap-6">
      <h1>Article for {visitor}</h1>
      <LongText body={texts.join('\n\n')} highlights={highlights} />
      <ol className="space-y-3">
        {Array.from({ length: CARDS }, (_, n) => (
          <li key={n} className="rounded-md border border-stone-200 bg-white p-3 shadow-sm">
            <p className="text-xs font-medium uppercase tracking-wide text-stone-500">Speaker {n} · asserts · said</p>
            <blockquote className="mt-1 border-l-2 border-stone-300 pl-2 text-sm">{texts[n]}</blockquote>
            <p className="mt-1 text-sm text-stone-700">The claim as checked: figure number {n} from the local government is right.</p>
            <dl className="mt-2 grid grid-cols-2 gap-1 text-xs text-stone-600">
              <dt className="font-medium">Status</dt>
              <dd>{n % 3 === 0 ? 'Published' : 'Not started'}</dd>
              <dt className="font-medium">Verdict</dt>
              <dd>{n % 2 === 0 ? 'Mostly true' : 'No verdict yet'}</dd>
              <dt className="font-medium">Assigned to</dt>
              <dd>Editor {n % 7}</dd>
              <dt className="font-medium">Also said in</dt>
              <dd>{n % 4} other articles</dd>
              <dt className="font-medium">How it was said</dt>
              <dd>In a statement to reporters, asserting</dd>
              <dt className="font-medium">Topic</dt>
              <dd>Local government figures, item {n}</dd>
              <dt className="font-medium">Last change</dt>
              <dd>
                1 December 2026, 10:{String(n).padStart(2, '0')} by Editor {n % 5}
              </dd>
            </dl>
            <div className="mt-2 flex flex-wrap gap-2">
              <a className="rounded border px-2 py-1 text-sm" href={`/claims/${n}`}>
                Open claim {n}
              </a>
              <button type="button" className="rounded border px-2 py-1 text-sm">
                Edit
              </button>
              <button type="button" className="rounded border px-2 py-1 text-sm">
                Split
              </button>
            </div>
          </li>
        ))}
      </ol>
    </main>
  );
}
