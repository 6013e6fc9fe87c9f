// The shape of a published claim as readers see it (verdict page, public index, exports), and
// its mapping to ClaimReview. Pure: the database query that fills it is in lib/data.
import { toClaimReview, type ClaimReview } from './claim-review';
import type { PublicSnapshot } from './public-snapshot';
import { verdictPath } from './slug';
import type { Locale } from './status';

/** A published claim as readers see it: its approved snapshot, never the working row. */
export type PublishedClaim = PublicSnapshot;

export interface PublicSite {
  baseUrl: string;
  organization: { name: string; url: string };
}

/** Indonesian articles get an Indonesian page; every other language gets English. */
export function pageLocale(language: string): Locale {
  return language === 'id' ? 'id' : 'en';
}

export function canonicalUrl(site: PublicSite, claim: Pick<PublishedClaim, 'id' | 'summary'>): string {
  // Joined as text, so a base URL with a path (https://example.org/cek-fakta) keeps it.
  return `${site.baseUrl.replace(/\/+$/, '')}${verdictPath(claim)}`;
}

/** The last time the verdict changed for readers: the latest correction, or publication. */
export function lastUpdated(claim: Pick<PublishedClaim, 'publishedAt' | 'corrections'>): Date {
  return claim.corrections.reduce((latest, c) => (c.at > latest ? c.at : latest), claim.publishedAt);
}

/** What the ClaimReview builder reads of a published claim (exports load no more than this). */
export type ClaimReviewSubject = Pick<PublishedClaim, 'id' | 'summary' | 'status' | 'publishedAt' | 'corrections' | 'source'> & {
  article: Pick<PublishedClaim['article'], 'title' | 'url' | 'publisher' | 'publishedAt' | 'language'>;
};

export function claimReviewOf(site: PublicSite, claim: ClaimReviewSubject): ClaimReview | null {
  return toClaimReview({
    url: canonicalUrl(site, claim),
    summary: claim.summary,
    status: claim.status,
    locale: pageLocale(claim.article.language),
    publishedAt: claim.publishedAt,
    updatedAt: lastUpdated(claim),
    source: claim.source,
    article: claim.article,
    organization: site.organization,
  });
}
