// "The quote in its paragraph": the paragraph of the article with the claim's words marked, and who said it.
import Link from 'next/link';
import type { ClaimPage } from '@/lib/data/claim-page';
import { KindLabel } from '@/components/sources/kind-options';

export function ClaimContext({ claim }: { claim: ClaimPage }) {
  const { context, source } = claim;
  return (
    <section aria-labelledby="quote-heading" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="quote-heading" className="text-lg font-medium">
        The quote in its article
      </h2>
      <blockquote className="border-l-4 border-stone-300 pl-3 font-serif leading-relaxed text-stone-700" data-testid="quote-in-context">
        {context ? (
          <>
            {context.before}
            <mark className="rounded bg-amber-100 px-0.5 text-stone-950">{context.quote}</mark>
            {context.after}
          </>
        ) : (
          <mark className="rounded bg-amber-100 px-0.5 text-stone-950">{claim.quoteText}</mark>
        )}
      </blockquote>
      {claim.needsAttention ? (
        <p className="text-sm text-amber-900">
          These words were not found after a correction of the article: re-select them in the workspace.
        </p>
      ) : null}
      <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="text-stone-500">Source</dt>
        <dd data-testid="claim-page-source">
          {source ? (
            <Link href={`/desk/sources/${source.id}`} className="text-sky-800 hover:underline">
              {source.name}
            </Link>
          ) : (
            'No source (stated by the article)'
          )}
          {source ? (
            <span className="text-stone-500">
              {' '}
              · <KindLabel kind={source.kind} />
            </span>
          ) : null}
        </dd>
        <dt className="text-stone-500">How</dt>
        <dd>
          {claim.stance === 'DENIES' ? 'denies' : 'asserts'}
          {claim.cue ? (
            <>
              {' '}
              · <span className="italic">{claim.cue}</span>
            </>
          ) : null}
        </dd>
        <dt className="text-stone-500">Article</dt>
        <dd>
          <Link href={`/desk/articles/${claim.article.id}`} className="text-sky-800 hover:underline">
            {claim.article.title}
          </Link>
          {claim.article.publisher ? <span className="text-stone-500"> · {claim.article.publisher}</span> : null}
        </dd>
      </dl>
    </section>
  );
}
