// The shape of a published claim as readers see it (verdict page, public index, exports), and
// its mapping to ClaimReview. Pure: the database query that fills it is in lib/data.
import { toClaimReview, type ClaimReview, type ClaimReviewInput } from './claim-review';
import type { PublicSnapshot } from './public-snapshot';
import { localeOfLanguage, type Locale } from '@/lib/i18n/locales';
import { localePath } from '@/lib/i18n/reader-paths';
import { verdictPath } from './slug';

/** A published claim as readers see it: its approved snapshot, never the working row. */
export type PublishedClaim = PublicSnapshot;

export interface PublicSite {
  baseUrl: string;
  organization: { name: string; url: string };
}

/** The page language that matches a claim's own: Indonesian for Indonesian statements, else English. */
export function pageLocale(language: string): Locale {
  return localeOfLanguage(language);
}

type CanonicalSubject = Pick<PublishedClaim, 'id' | 'summary' | 'language'>;

/**
 * The one canonical address of a verdict: the page in the claim's own language (/id/claims/... for
 * an Indonesian claim). The other language's page shows the same claim in the same words with
 * translated headings only, so it is the same content and names this one as canonical;
 * hreflang alternates list both, and x-default the language-neutral /claims/<id>/<slug>.
 */
export function canonicalPath(claim: CanonicalSubject): string {
  return localePath(pageLocale(claim.language), verdictPath(claim));
}

export function canonicalUrl(site: PublicSite, claim: CanonicalSubject): string {
  // Joined as text, so a base URL with a path (https://example.org/cek-fakta) keeps it.
  return `${site.baseUrl.replace(/\/+$/, '')}${canonicalPath(claim)}`;
}

/** The last time the verdict changed for readers: the latest correction, or publication. */
export function lastUpdated(claim: Pick<PublishedClaim, 'publishedAt' | 'corrections'>): Date {
  return claim.corrections.reduce((latest, c) => (c.at > latest ? c.at : latest), claim.publishedAt);
}

/** What the ClaimReview builder reads of a published claim (exports load no more than this). */
export type ClaimReviewSubject = Pick<PublishedClaim, 'id' | 'summary' | 'language' | 'status' | 'publishedAt' | 'corrections'> & {
  attributions: ClaimReviewInput['attributions'];
};

/** `logoUrl`: the organisation's logo from the site settings, empty for none. */
export function claimReviewOf(site: PublicSite, claim: ClaimReviewSubject, options: { logoUrl?: string } = {}): ClaimReview | null {
  return toClaimReview({
    url: canonicalUrl(site, claim),
    summary: claim.summary,
    status: claim.status,
    locale: pageLocale(claim.language),
    publishedAt: claim.publishedAt,
    updatedAt: lastUpdated(claim),
    attributions: claim.attributions,
    organization: options.logoUrl ? { ...site.organization, logo: options.logoUrl } : site.organization,
  });
}
