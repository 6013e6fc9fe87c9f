import { describe, expect, it } from 'vitest';
import { toClaimReview, type ClaimReviewInput } from './claim-review';
import { serializeJsonLd } from './json-ld';

const input: ClaimReviewInput = {
  url: 'https://cek.example.org/claims/c1/tank',
  summary: 'Azerbaijan destroyed two Armenian tanks',
  status: 'FALSE',
  locale: 'id',
  publishedAt: new Date('2026-03-01T10:00:00Z'),
  updatedAt: new Date('2026-03-02T10:00:00Z'),
  source: { name: 'Ilham Aliyev', kind: 'PERSON' },
  article: {
    title: 'Rusia Tawarkan Jadi Tuan Rumah',
    url: 'https://news.example/a',
    publisher: 'Kompas.com',
    publishedAt: new Date('2020-10-01T08:32:00Z'),
  },
  organization: { name: 'Cek Fakta', url: 'https://cek.example.org' },
};

describe('toClaimReview', () => {
  it('fills the required and recommended fields', () => {
    expect(toClaimReview(input)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: 'https://cek.example.org/claims/c1/tank',
      claimReviewed: 'Azerbaijan destroyed two Armenian tanks',
      datePublished: '2026-03-01T10:00:00.000Z',
      dateModified: '2026-03-02T10:00:00.000Z',
      author: { '@type': 'Organization', name: 'Cek Fakta', url: 'https://cek.example.org' },
      reviewRating: { '@type': 'Rating', ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: 'Keliru' },
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Person', name: 'Ilham Aliyev' },
        datePublished: '2020-10-01T08:32:00.000Z',
        appearance: {
          '@type': 'NewsArticle',
          headline: 'Rusia Tawarkan Jadi Tuan Rumah',
          url: 'https://news.example/a',
          publisher: { '@type': 'Organization', name: 'Kompas.com' },
        },
      },
    });
  });
  it('names an organisation source as Organization and omits what is unknown', () => {
    const review = toClaimReview({
      ...input,
      source: { name: 'Armenpress', kind: 'MEDIA' },
      article: { title: 'T', url: null, publisher: null, publishedAt: null },
      updatedAt: null,
    });
    expect(review?.itemReviewed).toEqual({
      '@type': 'Claim',
      author: { '@type': 'Organization', name: 'Armenpress' },
      appearance: { '@type': 'NewsArticle', headline: 'T' },
    });
    expect(review).not.toHaveProperty('dateModified');
  });
  it('gives no markup for statuses that are not verdicts', () => {
    for (const status of ['UNSTARTED', 'IN_PROGRESS', 'NOT_CHECKABLE'] as const) expect(toClaimReview({ ...input, status })).toBeNull();
  });
});

describe('serializeJsonLd', () => {
  it('keeps hostile text inert inside a script block and parses back to the same data', () => {
    const hostile = '</script><script>alert(1)</script> & <!-- \u2028';
    const text = serializeJsonLd({ claimReviewed: hostile });
    expect(text).not.toMatch(/<|>|&/);
    expect(JSON.parse(text)).toEqual({ claimReviewed: hostile });
  });
});
