import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, permanentRedirect } from 'next/navigation';
import { EvidenceList } from '@/components/public/evidence-list';
import { QuoteInParagraph } from '@/components/public/quote-in-paragraph';
import { VerdictBadge } from '@/components/public/verdict-badge';
import { ExplanationText } from '@/components/claims/explanation-text';
import { serializeJsonLd } from '@/lib/claims/json-ld';
import { canonicalUrl, claimReviewOf, lastUpdated, pageLocale } from '@/lib/claims/published-claim';
import { slugify, verdictPath } from '@/lib/claims/slug';
import { statusLabel } from '@/lib/claims/status';
import { getPublishedClaim } from '@/lib/data/published-claims';
import { formatSourceDate } from '@/lib/format-date';
import { PUBLIC_STRINGS } from '@/lib/i18n/public-strings';
import { getPublicSite } from '@/lib/public-site';

// Rendered on the first request, then served from the cache until publishing, correcting or
// unpublishing the claim expires its tag (lib/public-tags.ts); an hourly refresh as a backstop.
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

type Params = Promise<{ id: string; slug: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { id } = await params;
  const claim = await getPublishedClaim(id);
  if (!claim) return { title: 'Not found' };
  const locale = pageLocale(claim.article.language);
  const label = statusLabel(claim.status, locale);
  const description = `${label}. ${claim.source ? `${claim.source.name}: ` : ''}“${claim.quote.text.slice(0, 160)}”`;
  const url = canonicalUrl(getPublicSite(), claim);
  return {
    title: `${label}: ${claim.summary}`,
    description,
    alternates: { canonical: url },
    openGraph: {
      type: 'article',
      url,
      title: `${label}: ${claim.summary}`,
      description,
      publishedTime: claim.publishedAt.toISOString(),
      modifiedTime: lastUpdated(claim).toISOString(),
      locale: locale === 'id' ? 'id_ID' : 'en_US',
    },
    twitter: { card: 'summary_large_image', title: `${label}: ${claim.summary}`, description },
  };
}

export default async function VerdictPage({ params }: { params: Params }) {
  const { id, slug } = await params;
  const claim = await getPublishedClaim(id);
  if (!claim) notFound();
  if (slug !== slugify(claim.summary)) permanentRedirect(verdictPath(claim));
  const site = getPublicSite();
  const locale = pageLocale(claim.article.language);
  const t = PUBLIC_STRINGS[locale];
  const review = claimReviewOf(site, claim);
  const updated = lastUpdated(claim);
  const { article } = claim;
  return (
    <article lang={locale} className="space-y-8">
      {review ? <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(review) }} /> : null}
      <header className="space-y-3">
        <p className="text-sm font-medium uppercase tracking-wide text-stone-500">{t.verdict}</p>
        <VerdictBadge status={claim.status} locale={locale} size="lg" />
        <h1 className="font-serif text-3xl font-semibold leading-tight" data-testid="claim-summary">
          {claim.summary}
        </h1>
        <p className="text-sm text-stone-600">
          {t.published} <time dateTime={claim.publishedAt.toISOString()}>{claim.publishedAt.toISOString().slice(0, 10)}</time>
          {updated > claim.publishedAt ? (
            <>
              {' '}
              · {t.updated} <time dateTime={updated.toISOString()}>{updated.toISOString().slice(0, 10)}</time>
            </>
          ) : null}
          {' · '}
          {t.byline} {site.organization.name}
          {claim.reviewer ? ` · ${t.reviewedBy} ${claim.reviewer.name}` : ''}
        </p>
      </header>

      <section aria-labelledby="who" className="space-y-3">
        <h2 id="who" className="text-lg font-semibold">
          {t.whoSaidIt}
        </h2>
        <p data-testid="claim-source">
          {claim.source ? (
            <>
              <Link href={`/sources/${claim.source.id}`} className="font-medium text-sky-800 underline">
                {claim.source.name}
              </Link>
              <span className="text-stone-600"> ({t.kinds[claim.source.kind]})</span>{' '}
              <span data-testid="claim-cue">{claim.cue || (claim.stance === 'DENIES' ? t.denied : t.said)}</span>
              {claim.stance === 'DENIES' && claim.cue && !claim.cue.toLowerCase().includes(t.denied) ? (
                <span className="text-stone-600"> ({t.denied})</span>
              ) : null}
              :
            </>
          ) : (
            t.noSource
          )}
        </p>
        <QuoteInParagraph quote={claim.quote} lang={article.language} />
      </section>

      <section aria-labelledby="where" className="space-y-1 text-sm text-stone-700">
        <h2 id="where" className="text-lg font-semibold text-stone-900">
          {t.inArticle}
        </h2>
        <p data-testid="claim-article">
          <span className="font-medium">{article.title}</span>
          {[article.publisher, article.author, formatSourceDate(article.publishedAt, article.publishedUtcOffset)]
            .filter(Boolean)
            .map((part) => ` · ${part}`)}
        </p>
        {article.url ? (
          <a href={article.url} rel="nofollow noopener noreferrer" className="text-sky-800 underline">
            {t.original}
          </a>
        ) : null}
      </section>

      <section aria-labelledby="why" className="space-y-3">
        <h2 id="why" className="text-lg font-semibold">
          {t.explanation}
        </h2>
        <ExplanationText text={claim.explanation} emptyText="" />
      </section>

      {claim.evidence.length > 0 ? (
        <section aria-labelledby="evidence" className="space-y-3">
          <h2 id="evidence" className="text-lg font-semibold">
            {t.evidence}
          </h2>
          <EvidenceList evidence={claim.evidence} labels={{ SUPPORTS: t.SUPPORTS, REFUTES: t.REFUTES, CONTEXT: t.CONTEXT }} />
        </section>
      ) : null}

      {claim.corrections.length > 0 ? (
        <section aria-labelledby="corrections" className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-4">
          <h2 id="corrections" className="text-lg font-semibold">
            {t.corrections}
          </h2>
          <ul className="space-y-2 text-sm" data-testid="corrections">
            {claim.corrections.map((c) => (
              <li key={c.id}>
                <time dateTime={c.at.toISOString()} className="font-medium">
                  {c.at.toISOString().slice(0, 10)}
                </time>
                : {c.what} — {c.why}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {claim.source ? (
        <p className="text-sm">
          <Link href={`/sources/${claim.source.id}`} className="text-sky-800 underline">
            {t.trackRecord}: {claim.source.name}
          </Link>
        </p>
      ) : null}
    </article>
  );
}
