import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, permanentRedirect } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { EvidenceList } from '@/components/public/evidence-list';
import { QuoteInParagraph } from '@/components/public/quote-in-paragraph';
import { VerdictBadge } from '@/components/public/verdict-badge';
import { ExplanationText } from '@/components/claims/explanation-text';
import { serializeJsonLd } from '@/lib/claims/json-ld';
import { canonicalUrl, claimReviewOf, lastUpdated } from '@/lib/claims/published-claim';
import { slugify, verdictPath } from '@/lib/claims/slug';
import { getPublishedClaim } from '@/lib/data/published-claims';
import { languageAlternates } from '@/lib/i18n/alternates';
import { formatDay, formatSourceDateTime } from '@/lib/i18n/format';
import { INTL_LOCALE, isLocale, ownLanguage } from '@/lib/i18n/locales';
import { localePath } from '@/lib/i18n/reader-paths';
import { getPublicSite } from '@/lib/public-site';

// Rendered on the first request per language, then served from the cache until publishing,
// correcting or unpublishing the claim expires its tag (lib/public-tags.ts); hourly as a backstop.
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

type Params = Promise<{ locale: string; id: string; slug: string }>;

async function read(params: Params) {
  const { locale, id, slug } = await params;
  return { locale: isLocale(locale) ? locale : 'en', slug, claim: await getPublishedClaim(id) };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, claim } = await read(params);
  if (!claim) return { title: (await getTranslations({ locale, namespace: 'NotFound' }))('metaTitle') };
  const status = await getTranslations({ locale, namespace: 'Status' });
  const label = status(claim.status);
  const description = `${label}. ${claim.source ? `${claim.source.name}: ` : ''}“${claim.quote.text.slice(0, 160)}”`;
  const site = getPublicSite();
  const url = canonicalUrl(site, claim);
  return {
    title: `${label}: ${claim.summary}`,
    description,
    alternates: { canonical: url, languages: languageAlternates(site.baseUrl, verdictPath(claim)) },
    openGraph: {
      type: 'article',
      url,
      title: `${label}: ${claim.summary}`,
      description,
      publishedTime: claim.publishedAt.toISOString(),
      modifiedTime: lastUpdated(claim).toISOString(),
      locale: INTL_LOCALE[locale].replace('-', '_'),
    },
    twitter: { card: 'summary_large_image', title: `${label}: ${claim.summary}`, description },
  };
}

export default async function VerdictPage({ params }: { params: Params }) {
  const { locale, slug, claim } = await read(params);
  setRequestLocale(locale);
  if (!claim) notFound();
  if (slug !== slugify(claim.summary)) permanentRedirect(localePath(locale, verdictPath(claim)));
  const t = await getTranslations({ locale, namespace: 'Verdict' });
  const stance = await getTranslations({ locale, namespace: 'Stance' });
  const kinds = await getTranslations({ locale, namespace: 'SourceKind' });
  const relations = await getTranslations({ locale, namespace: 'Evidence' });
  const site = getPublicSite();
  const review = claimReviewOf(site, claim);
  const updated = lastUpdated(claim);
  const { article } = claim;
  // The claim's own words (summary, quote, explanation, evidence notes, corrections) keep the
  // article's language; they are marked with it when the page is in the other one.
  const own = ownLanguage(article.language, locale);
  const sourcePath = claim.source ? localePath(locale, `/sources/${claim.source.id}`) : null;
  return (
    <article className="space-y-8">
      {review ? <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(review) }} /> : null}
      <header className="space-y-3">
        <p className="text-sm font-medium uppercase tracking-wide text-stone-500">{t('verdict')}</p>
        <VerdictBadge status={claim.status} locale={locale} size="lg" />
        <h1 className="font-serif text-3xl font-semibold leading-tight" data-testid="claim-summary" lang={own}>
          {claim.summary}
        </h1>
        <p className="text-sm text-stone-600">
          {t('published')} <time dateTime={claim.publishedAt.toISOString()}>{formatDay(locale, claim.publishedAt)}</time>
          {updated > claim.publishedAt ? (
            <>
              {' · '}
              {t('updated')} <time dateTime={updated.toISOString()}>{formatDay(locale, updated)}</time>
            </>
          ) : null}
          {' · '}
          {t('byline', { organization: site.organization.name })}
          {claim.reviewer ? ` · ${t('reviewedBy', { name: claim.reviewer.name })}` : ''}
        </p>
      </header>

      <section aria-labelledby="who" className="space-y-3">
        <h2 id="who" className="text-lg font-semibold">
          {t('whoSaidIt')}
        </h2>
        <p data-testid="claim-source">
          {claim.source && sourcePath ? (
            <>
              <Link href={sourcePath} className="font-medium text-sky-800 underline">
                {claim.source.name}
              </Link>
              <span className="text-stone-600"> ({kinds(claim.source.kind).toLocaleLowerCase(INTL_LOCALE[locale])})</span>{' '}
              <span data-testid="claim-stance">{stance(claim.stance)}</span>:
            </>
          ) : (
            t('noSource')
          )}
        </p>
        <QuoteInParagraph quote={claim.quote} lang={article.language} />
      </section>

      <section aria-labelledby="where" className="space-y-1 text-sm text-stone-700">
        <h2 id="where" className="text-lg font-semibold text-stone-900">
          {t('inArticle')}
        </h2>
        <p data-testid="claim-article">
          <span className="font-medium" lang={own}>
            {article.title}
          </span>
          {[
            article.publisher,
            article.author,
            article.publishedAt ? formatSourceDateTime(locale, article.publishedAt, article.publishedUtcOffset) : null,
          ]
            .filter(Boolean)
            .map((part) => ` · ${part}`)}
        </p>
        {article.url ? (
          <a href={article.url} rel="nofollow noopener noreferrer" className="text-sky-800 underline">
            {t('original')}
          </a>
        ) : null}
      </section>

      <section aria-labelledby="why" className="space-y-3">
        <h2 id="why" className="text-lg font-semibold">
          {t('explanation')}
        </h2>
        <div lang={own}>
          <ExplanationText text={claim.explanation} emptyText="" />
        </div>
      </section>

      {claim.evidence.length > 0 ? (
        <section aria-labelledby="evidence" className="space-y-3">
          <h2 id="evidence" className="text-lg font-semibold">
            {t('evidence')}
          </h2>
          <EvidenceList
            evidence={claim.evidence}
            lang={own}
            labels={{ SUPPORTS: relations('SUPPORTS'), REFUTES: relations('REFUTES'), CONTEXT: relations('CONTEXT') }}
          />
        </section>
      ) : null}

      {claim.corrections.length > 0 ? (
        <section aria-labelledby="corrections" className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-4">
          <h2 id="corrections" className="text-lg font-semibold">
            {t('corrections')}
          </h2>
          <ul className="space-y-2 text-sm" data-testid="corrections">
            {claim.corrections.map((c) => (
              <li key={c.id}>
                <time dateTime={c.at.toISOString()} className="font-medium">
                  {formatDay(locale, c.at)}
                </time>
                : {/* "what" is still written by the desk in English (issue 13, phase 2); "why" is the editor's. */}
                <span lang={ownLanguage('en', locale)}>{c.what}</span> — <span lang={own}>{c.why}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {claim.source && sourcePath ? (
        <p className="text-sm">
          <Link href={sourcePath} className="text-sky-800 underline">
            {t('trackRecord', { name: claim.source.name })}
          </Link>
        </p>
      ) : null}
    </article>
  );
}
