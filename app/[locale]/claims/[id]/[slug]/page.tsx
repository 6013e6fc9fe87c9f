import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, permanentRedirect } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { EvidenceList } from '@/components/public/evidence-list';
import { AttributionList } from '@/components/public/attribution-list';
import { VerdictBadge } from '@/components/public/verdict-badge';
import { ReaderReportSection } from '@/components/reader-reports/reader-report-section';
import { ExplanationText } from '@/components/claims/explanation-text';
import { serializeJsonLd } from '@/lib/claims/json-ld';
import { leadAttribution, sourcesOf } from '@/lib/claims/public-attributions';
import { canonicalUrl, claimReviewOf, lastUpdated } from '@/lib/claims/published-claim';
import { slugify, verdictPath } from '@/lib/claims/slug';
import { BEST_RATING, CLAIM_STATUSES } from '@/lib/claims/status';
import { scaleAnchor } from '@/lib/claims/verdict-scale';
import { getArchivedCopies } from '@/lib/data/evidence-archive';
import { getPublishedClaim } from '@/lib/data/published-claims';
import { getSiteTexts } from '@/lib/data/site-settings';
import { redirectIfMerged } from '@/lib/claims/merged-redirect';
import { languageAlternates } from '@/lib/i18n/alternates';
import { describeNote, isDeskNote } from '@/lib/i18n/correction-note';
import { formatDay } from '@/lib/i18n/format';
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
  return { locale: isLocale(locale) ? locale : 'en', id, slug, claim: await getPublishedClaim(id) };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, claim } = await read(params);
  if (!claim) return { title: (await getTranslations({ locale, namespace: 'NotFound' }))('metaTitle') };
  const status = await getTranslations({ locale, namespace: 'Status' });
  const label = status(claim.status);
  const stance = await getTranslations({ locale, namespace: 'Stance' });
  // Who put the claim forward, in their words (a denial when nobody named made it).
  const lead = leadAttribution(claim.attributions);
  const said = lead?.source ? `${lead.source.name} ${stance(lead.stance)}: ` : '';
  const description = lead ? `${label}. ${said}“${lead.quote.text.slice(0, 160)}”` : label;
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
  const { locale, id, slug, claim } = await read(params);
  setRequestLocale(locale);
  if (!claim) await redirectIfMerged(locale, id);
  if (!claim) notFound();
  if (slug !== slugify(claim.summary)) permanentRedirect(localePath(locale, verdictPath(claim)));
  const t = await getTranslations({ locale, namespace: 'Verdict' });
  const tArchive = await getTranslations({ locale, namespace: 'EvidenceArchive' });
  const relations = await getTranslations({ locale, namespace: 'Evidence' });
  const siteWords = await getTranslations({ locale, namespace: 'Site' });
  const site = getPublicSite();
  const review = claimReviewOf(site, claim, { logoUrl: (await getSiteTexts()).logoUrl });
  const rating = CLAIM_STATUSES[claim.status].rating;
  const updated = lastUpdated(claim);
  // The claim's own words (statement, explanation, evidence notes, corrections) keep the
  // statement's language; they are marked with it when the page is in the other one.
  const own = ownLanguage(claim.language, locale);
  const sources = sourcesOf(claim.attributions);
  return (
    <article className="space-y-8">
      {review ? <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(review) }} /> : null}
      <header className="space-y-3">
        <p className="text-sm font-medium uppercase tracking-wide text-stone-500">{t('verdict')}</p>
        <div className="flex flex-wrap items-center gap-3">
          <VerdictBadge status={claim.status} locale={locale} size="lg" />
          {rating !== null ? (
            <Link
              href={`${localePath(locale, '/methodology')}#${scaleAnchor(claim.status)}`}
              className="text-sm text-sky-800 underline"
              data-testid="rating-link"
            >
              {siteWords('ratingLink', { rating, best: BEST_RATING })}
            </Link>
          ) : null}
        </div>
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
        {claim.attributions.length > 1 ? (
          <p className="text-sm text-stone-600">{t('appearances', { count: claim.attributions.length })}</p>
        ) : null}
        <AttributionList attributions={claim.attributions} locale={locale} />
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
            archives={await getArchivedCopies(claim.id, claim.evidence)}
            copyLabel={(date) => tArchive('readerCopy', { date: formatDay(locale, new Date(date)) })}
            waybackLabel={tArchive('waybackCopy')}
            locale={locale}
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
                :{' '}
                {/* The desk's own notes are catalogue keys, said in the page's language; an editor's words keep
                theirs (and notes the desk stored in English before the keys stay English). */}
                <span lang={isDeskNote(c.what) ? undefined : ownLanguage('en', locale)}>{describeNote(locale, c.what)}</span> —{' '}
                <span lang={isDeskNote(c.why) ? undefined : own}>{describeNote(locale, c.why)}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {sources.length > 0 ? (
        <ul className="space-y-1 text-sm">
          {sources.map((source) => (
            <li key={source.id}>
              <Link href={localePath(locale, `/sources/${source.id}`)} className="text-sky-800 underline">
                {t('trackRecord', { name: source.name })}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}

      <ReaderReportSection kind="ERROR" claimId={claim.id} locale={locale} />
    </article>
  );
}
