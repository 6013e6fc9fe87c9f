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
  /** Every place the claim was said, in order of appearance (the first is the earliest). */
  attributions: readonly ClaimReviewAttribution[];
  organization: { name: string; url: string; logo?: string };
}

export interface ClaimReviewAttribution {
  stance: 'ASSERTS' | 'DENIES';
  source: { name: string; kind: SourceKind; sameAs?: readonly string[] } | null;
  article: { title: string; url: string | null; publisher: string | null; publishedAt: Date | null };
}

type NewsArticle = { '@type': 'NewsArticle'; headline: string; url?: string; publisher?: { '@type': 'Organization'; name: string } };

export interface ClaimReview {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  url: string;
  claimReviewed: string;
  datePublished: string;
  dateModified?: string;
  author: { '@type': 'Organization'; name: string; url: string; logo?: string };
  reviewRating: { '@type': 'Rating'; ratingValue: number; bestRating: number; worstRating: number; alternateName: string };
  itemReviewed: {
    '@type': 'Claim';
    author?: { '@type': 'Organization' | 'Person'; name: string; sameAs?: string[] };
    datePublished?: string;
    appearance: NewsArticle[];
    firstAppearance?: NewsArticle;
  };
}

/** A person speaks for themselves; every other kind of source is an organisation. */
export function schemaTypeOfSource(kind: SourceKind): 'Person' | 'Organization' {
  return kind === 'PERSON' ? 'Person' : 'Organization';
}

function newsArticle(article: ClaimReviewAttribution['article']): NewsArticle {
  return {
    '@type': 'NewsArticle',
    headline: article.title,
    ...(article.url ? { url: article.url } : {}),
    ...(article.publisher ? { publisher: { '@type': 'Organization', name: article.publisher } } : {}),
  };
}

/** Each article once (two attributions in one article are one appearance), in order of appearance. */
function appearancesOf(attributions: readonly ClaimReviewAttribution[]): NewsArticle[] {
  const seen = new Set<string>();
  return attributions.flatMap(({ article }) => {
    const key = article.url ?? `${article.title}\u0000${article.publisher ?? ''}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [newsArticle(article)];
  });
}

/** Null when the status is no verdict (working states, not checkable): those get no markup. */
export function toClaimReview(input: ClaimReviewInput): ClaimReview | null {
  const info = CLAIM_STATUSES[input.status];
  if (!info.isVerdict || info.rating === null) return null;
  // The claim's author is whoever first put it forward; a claim only ever denied has none.
  const author = input.attributions.find((a) => a.stance === 'ASSERTS' && a.source)?.source;
  const appearance = appearancesOf(input.attributions);
  const first = input.attributions[0];
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: input.url,
    claimReviewed: input.summary,
    datePublished: input.publishedAt.toISOString(),
    ...(input.updatedAt && input.updatedAt.getTime() !== input.publishedAt.getTime()
      ? { dateModified: input.updatedAt.toISOString() }
      : {}),
    author: {
      '@type': 'Organization',
      name: input.organization.name,
      url: input.organization.url,
      ...(input.organization.logo ? { logo: input.organization.logo } : {}),
    },
    reviewRating: {
      '@type': 'Rating',
      ratingValue: info.rating,
      bestRating: BEST_RATING,
      worstRating: WORST_RATING,
      alternateName: info.label[input.locale],
    },
    itemReviewed: {
      '@type': 'Claim',
      ...(author
        ? {
            author: {
              '@type': schemaTypeOfSource(author.kind),
              name: author.name,
              ...(author.sameAs && author.sameAs.length > 0 ? { sameAs: [...author.sameAs] } : {}),
            },
          }
        : {}),
      ...(first?.article.publishedAt ? { datePublished: first.article.publishedAt.toISOString() } : {}),
      appearance,
      ...(first ? { firstAppearance: newsArticle(first.article) } : {}),
    },
  };
}
