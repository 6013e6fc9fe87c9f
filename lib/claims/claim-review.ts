// The schema.org ClaimReview for a published verdict: one builder for the verdict page's JSON-LD
// and for every export, so the two never disagree. Google's required and recommended fields.
import type { ClaimStatus, SourceKind } from '@/lib/generated/prisma/enums';
import { BEST_RATING, CLAIM_STATUSES, WORST_RATING, type Locale } from './status';

export interface ClaimReviewInput {
  /** Canonical public URL of the verdict page. */
  url: string;
  summary: string;
  status: ClaimStatus;
  locale: Locale;
  publishedAt: Date;
  updatedAt: Date | null;
  source: { name: string; kind: SourceKind } | null;
  article: { title: string; url: string | null; publisher: string | null; publishedAt: Date | null };
  organization: { name: string; url: string };
}

export interface ClaimReview {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  url: string;
  claimReviewed: string;
  datePublished: string;
  dateModified?: string;
  author: { '@type': 'Organization'; name: string; url: string };
  reviewRating: { '@type': 'Rating'; ratingValue: number; bestRating: number; worstRating: number; alternateName: string };
  itemReviewed: {
    '@type': 'Claim';
    author?: { '@type': 'Organization' | 'Person'; name: string };
    datePublished?: string;
    appearance: { '@type': 'NewsArticle'; headline: string; url?: string; publisher?: { '@type': 'Organization'; name: string } };
  };
}

/** A person speaks for themselves; every other kind of source is an organisation. */
export function schemaTypeOfSource(kind: SourceKind): 'Person' | 'Organization' {
  return kind === 'PERSON' ? 'Person' : 'Organization';
}

/** Null when the status is no verdict (working states, not checkable): those get no markup. */
export function toClaimReview(input: ClaimReviewInput): ClaimReview | null {
  const info = CLAIM_STATUSES[input.status];
  if (!info.isVerdict || info.rating === null) return null;
  const { article } = input;
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: input.url,
    claimReviewed: input.summary,
    datePublished: input.publishedAt.toISOString(),
    ...(input.updatedAt && input.updatedAt.getTime() !== input.publishedAt.getTime()
      ? { dateModified: input.updatedAt.toISOString() }
      : {}),
    author: { '@type': 'Organization', name: input.organization.name, url: input.organization.url },
    reviewRating: {
      '@type': 'Rating',
      ratingValue: info.rating,
      bestRating: BEST_RATING,
      worstRating: WORST_RATING,
      alternateName: info.label[input.locale],
    },
    itemReviewed: {
      '@type': 'Claim',
      ...(input.source ? { author: { '@type': schemaTypeOfSource(input.source.kind), name: input.source.name } } : {}),
      ...(article.publishedAt ? { datePublished: article.publishedAt.toISOString() } : {}),
      appearance: {
        '@type': 'NewsArticle',
        headline: article.title,
        ...(article.url ? { url: article.url } : {}),
        ...(article.publisher ? { publisher: { '@type': 'Organization', name: article.publisher } } : {}),
      },
    },
  };
}
