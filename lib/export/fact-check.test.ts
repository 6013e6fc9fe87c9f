import { describe, expect, it } from 'vitest';
import { toClaimReview, type ClaimReviewAttribution } from '@/lib/claims/claim-review';
import { toMarkupPage } from './fact-check';

const article = (url: string | null, publishedAt: string): ClaimReviewAttribution['article'] => ({
  title: 'Rusia Tawarkan',
  url,
  publisher: 'Kompas.com',
  publishedAt: new Date(publishedAt),
});

function review(attributions: ClaimReviewAttribution[]) {
  const built = toClaimReview({
    url: 'https://cek.example.org/claims/c1/tank',
    summary: 'Azerbaijan destroyed two "enemy" tanks, 🙂',
    status: 'MISLEADING',
    locale: 'en',
    publishedAt: new Date('2026-03-01T10:00:00Z'),
    updatedAt: null,
    attributions,
    organization: { name: 'Cek Fakta', url: 'https://cek.example.org' },
  });
  if (!built) throw new Error('expected a review');
  return built;
}

describe('toMarkupPage', () => {
  it('carries every Fact Check Tools field from the ClaimReview', () => {
    const markup = review([
      {
        stance: 'DENIES',
        source: { name: 'Armenia', kind: 'GOVERNMENT' },
        article: article('https://news.example/a', '2020-10-01T08:32:00Z'),
      },
      {
        stance: 'ASSERTS',
        source: { name: 'Azerbaijan', kind: 'GOVERNMENT' },
        article: article('https://news.example/b', '2020-10-02T08:00:00Z'),
      },
      // A second quote in the same article is not a second appearance; an article without URL has no link.
      { stance: 'ASSERTS', source: null, article: article('https://news.example/b', '2020-10-02T08:00:00Z') },
      { stance: 'ASSERTS', source: null, article: article(null, '2020-10-03T08:00:00Z') },
    ]);
    expect(toMarkupPage(markup)).toEqual({
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
          claimAppearances: ['https://news.example/b'],
          rating: { textualRating: 'Misleading', ratingValue: 2, bestRating: 5, worstRating: 1 },
        },
      ],
    });
  });

  it('leaves out the author when nobody asserted the claim, and the other appearances when there are none', () => {
    const [markup] = toMarkupPage(
      review([
        {
          stance: 'DENIES',
          source: { name: 'Armenia', kind: 'GOVERNMENT' },
          article: article('https://news.example/a', '2020-10-01T08:32:00Z'),
        },
      ]),
    ).claimReviewMarkups;
    expect(markup).not.toHaveProperty('claimAuthor');
    expect(markup).not.toHaveProperty('claimAppearances');
    expect(markup?.claimFirstAppearance).toBe('https://news.example/a');
  });
});
