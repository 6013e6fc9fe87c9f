// Google Fact Check Tools API (v1alpha1) `ClaimReviewMarkupPage`, for publishing through
// pages.create. Derived from the schema.org ClaimReview so the two can never tell different stories.
import type { ClaimReview } from '@/lib/claims/claim-review';

export interface ClaimReviewMarkupPage {
  pageUrl: string;
  publishDate: string;
  claimReviewAuthor: { name: string };
  claimReviewMarkups: ClaimReviewMarkup[];
}

export interface ClaimReviewMarkup {
  url: string;
  claimReviewed: string;
  claimDate?: string;
  claimAuthor?: { name: string };
  claimFirstAppearance?: string;
  /** Links to the other works the claim appears in, the first appearance left out (as the API asks). */
  claimAppearances?: string[];
  rating: { textualRating: string; ratingValue: number; bestRating: number; worstRating: number };
}

/** One verdict page carries one ClaimReview, so each markup page holds one markup. */
export function toMarkupPage(review: ClaimReview): ClaimReviewMarkupPage {
  const claim = review.itemReviewed;
  const first = claim.firstAppearance?.url;
  const others = claim.appearance.flatMap((article) => (article.url && article.url !== first ? [article.url] : []));
  const rating = review.reviewRating;
  return {
    pageUrl: review.url,
    publishDate: review.datePublished,
    claimReviewAuthor: { name: review.author.name },
    claimReviewMarkups: [
      {
        url: review.url,
        claimReviewed: review.claimReviewed,
        ...(claim.datePublished ? { claimDate: claim.datePublished } : {}),
        ...(claim.author ? { claimAuthor: { name: claim.author.name } } : {}),
        ...(first ? { claimFirstAppearance: first } : {}),
        ...(others.length > 0 ? { claimAppearances: others } : {}),
        rating: {
          textualRating: rating.alternateName,
          ratingValue: rating.ratingValue,
          bestRating: rating.bestRating,
          worstRating: rating.worstRating,
        },
      },
    ],
  };
}
