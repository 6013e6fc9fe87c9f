// "Where it was said": every attribution of the claim, each quote in its paragraph with who said
// it, how (asserts or denies, the cue) and in which article, in order of appearance.
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ClaimPage, ClaimPageAttribution } from '@/lib/data/claim-page';
import { KindLabel } from '@/components/sources/kind-options';
import type { ReactNode } from 'react';

export async function ClaimContext({ claim, actions }: { claim: ClaimPage; actions?: (a: ClaimPageAttribution) => ReactNode }) {
  const t = await getTranslations('ClaimPlaces');
  return (
    <section aria-labelledby="quote-heading" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="quote-heading" className="text-lg font-medium">
        {t('heading', { count: claim.attributions.length })}
      </h2>
      <ol className="space-y-4">
        {claim.attributions.map((attribution) => {
          const { context, source, article } = attribution;
          return (
            <li
              key={attribution.id}
              className="space-y-2 border-t border-stone-100 pt-3 first:border-0 first:pt-0"
              data-testid="claim-place"
            >
              <blockquote
                className="border-l-4 border-stone-300 pl-3 font-serif leading-relaxed text-stone-700"
                data-testid="quote-in-context"
              >
                {context ? (
                  <>
                    {context.before}
                    <mark className="rounded bg-amber-100 px-0.5 text-stone-950">{context.quote}</mark>
                    {context.after}
                  </>
                ) : (
                  <mark className="rounded bg-amber-100 px-0.5 text-stone-950">{attribution.quoteText}</mark>
                )}
              </blockquote>
              {attribution.needsAttention ? <p className="text-sm text-amber-900">{t('lost')}</p> : null}
              <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
                <dt className="text-stone-500">{t('source')}</dt>
                <dd data-testid="claim-page-source">
                  {source ? (
                    <Link href={`/desk/sources/${source.id}`} className="text-sky-800 hover:underline">
                      {source.name}
                    </Link>
                  ) : (
                    t('noSource')
                  )}
                  {source ? (
                    <span className="text-stone-500">
                      {' '}
                      · <KindLabel kind={source.kind} />
                    </span>
                  ) : null}
                </dd>
                <dt className="text-stone-500">{t('how')}</dt>
                <dd data-testid="claim-page-stance">
                  {attribution.stance === 'DENIES' ? t('denies') : t('asserts')}
                  {attribution.cue ? (
                    <>
                      {' '}
                      · <span className="italic">{attribution.cue}</span>
                    </>
                  ) : null}
                </dd>
                <dt className="text-stone-500">{t('article')}</dt>
                <dd>
                  <Link href={`/desk/articles/${article.id}`} className="text-sky-800 hover:underline">
                    {article.title}
                  </Link>
                  {article.publisher ? <span className="text-stone-500"> · {article.publisher}</span> : null}
                </dd>
              </dl>
              {actions?.(attribution)}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
