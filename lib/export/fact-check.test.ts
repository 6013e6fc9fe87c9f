import { describe, expect, it } from 'vitest';
import { toClaimReview } from '@/lib/claims/claim-review';
import { toMarkupPage } from './fact-check';

describe('toMarkupPage', () => {
  it('carries every Fact Check Tools field from the ClaimReview', () => {
    const review = toClaimReview({
      url: 'https://cek.example.org/claims/c1/tank',
      summary: 'Azerbaijan destroyed two "enemy" tanks, 🙂',
      status: 'MISLEADING',
      locale: 'en',
      publishedAt: new Date('2026-03-01T10:00:00Z'),
      updatedAt: null,
      source: { name: 'Azerbaijan', kind: 'GOVERNMENT' },
      article: {
        title: 'Rusia Tawarkan',
        url: 'https://news.example/a',
        publisher: 'Kompas.com',
        publishedAt: new Date('2020-10-01T08:32:00Z'),
      },
      organization: { name: 'Cek Fakta', url: 'https://cek.example.org' },
    });
    expect(review).not.toBeNull();
    if (!review) return;
    expect(toMarkupPage(review)).toEqual({
      pageUrl: 'https://cek.example.org/claims/c1/tank',
      publishDate: '2026-03-01T10:00:00.000Z',
      claimReviewAuthor: { name: 'Cek Fakta' },
      claimReviewMarkups: [
        {
          url: 'https://cek.example.org/claims/c1/tank',
          claimReviewed: 'Azerbaijan destroyed two "enemy" tanks, 🙂',
          claimDate: '2020-10-01T08:32:00.000Z',
          claimAuthor: { name: 'Azerbaijan' },
          claimFirstAppearance: 'https://news.example/a',
          rating: { textualRating: 'Misleading', ratingValue: 2, bestRating: 5, worstRating: 1 },
        },
      ],
    });
  });
});
