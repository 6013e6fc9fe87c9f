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
  attributions: [
    {
      stance: 'ASSERTS',
      source: { name: 'Ilham Aliyev', kind: 'PERSON' },
      article: {
        title: 'Rusia Tawarkan Jadi Tuan Rumah',
        url: 'https://news.example/a',
        publisher: 'Kompas.com',
        publishedAt: new Date('2020-10-01T08:32:00Z'),
      },
    },
  ],
  organization: { name: 'Cek Fakta', url: 'https://cek.example.org' },
};

const kompas = {
  '@type': 'NewsArticle',
  headline: 'Rusia Tawarkan Jadi Tuan Rumah',
  url: 'https://news.example/a',
  publisher: { '@type': 'Organization', name: 'Kompas.com' },
};

// The seed story: the Armenian ministry says it, Turkey denies it the next day in another outlet.
const ministry = {
  stance: 'ASSERTS',
  source: { name: 'Kementerian Pertahanan Armenia', kind: 'GOVERNMENT' },
  article: {
    title: 'SU-25 ditembak jatuh',
    url: 'https://news.example/su25',
    publisher: 'Kompas.com',
    publishedAt: new Date('2020-09-29T10:00:00Z'),
  },
} as const;
const turkey = {
  stance: 'DENIES',
  source: { name: 'Turki', kind: 'GOVERNMENT' },
  article: {
    title: 'Turki membantah',
    url: 'https://other.example/bantah',
    publisher: 'Warta Lain',
    publishedAt: new Date('2020-09-30T07:00:00Z'),
  },
} as const;

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
        appearance: [kompas],
        firstAppearance: kompas,
      },
    });
  });
  it('names an organisation source as Organization and omits what is unknown', () => {
    const review = toClaimReview({
      ...input,
      attributions: [
        {
          stance: 'ASSERTS',
          source: { name: 'Armenpress', kind: 'MEDIA' },
          article: { title: 'T', url: null, publisher: null, publishedAt: null },
        },
      ],
      updatedAt: null,
    });
    expect(review?.itemReviewed).toEqual({
      '@type': 'Claim',
      author: { '@type': 'Organization', name: 'Armenpress' },
      appearance: [{ '@type': 'NewsArticle', headline: 'T' }],
      firstAppearance: { '@type': 'NewsArticle', headline: 'T' },
    });
    expect(review).not.toHaveProperty('dateModified');
  });
  it('names the source that asserted the claim as its author, and every article it appeared in, earliest first', () => {
    const review = toClaimReview({ ...input, attributions: [ministry, turkey] });
    expect(review?.itemReviewed).toEqual({
      '@type': 'Claim',
      author: { '@type': 'Organization', name: 'Kementerian Pertahanan Armenia' },
      datePublished: '2020-09-29T10:00:00.000Z',
      appearance: [
        {
          '@type': 'NewsArticle',
          headline: 'SU-25 ditembak jatuh',
          url: 'https://news.example/su25',
          publisher: { '@type': 'Organization', name: 'Kompas.com' },
        },
        {
          '@type': 'NewsArticle',
          headline: 'Turki membantah',
          url: 'https://other.example/bantah',
          publisher: { '@type': 'Organization', name: 'Warta Lain' },
        },
      ],
      firstAppearance: {
        '@type': 'NewsArticle',
        headline: 'SU-25 ditembak jatuh',
        url: 'https://news.example/su25',
        publisher: { '@type': 'Organization', name: 'Kompas.com' },
      },
    });
  });

  it('never names a source that denied the claim as its author, even when the denial came first', () => {
    const deniedFirst = toClaimReview({
      ...input,
      attributions: [
        { ...turkey, article: ministry.article },
        { ...ministry, article: turkey.article },
      ],
    });
    expect(deniedFirst?.itemReviewed.author).toEqual({ '@type': 'Organization', name: 'Kementerian Pertahanan Armenia' });
    expect(deniedFirst?.itemReviewed.firstAppearance?.headline).toBe('SU-25 ditembak jatuh');
    const onlyDenied = toClaimReview({ ...input, attributions: [turkey] });
    expect(onlyDenied?.itemReviewed).not.toHaveProperty('author');
    expect(onlyDenied?.itemReviewed.appearance).toHaveLength(1);
  });

  it('lists an article once when it holds two attributions of the claim', () => {
    const sameArticle = { ...turkey, article: ministry.article };
    const review = toClaimReview({ ...input, attributions: [ministry, sameArticle] });
    expect(review?.itemReviewed.appearance.map((a) => a.headline)).toEqual(['SU-25 ditembak jatuh']);
  });

  it("names the source's sameAs links and the organisation's logo when they are set", () => {
    const review = toClaimReview({
      ...input,
      organization: { ...input.organization, logo: 'https://cek.example.org/logo.png' },
      attributions: [{ ...ministry, source: { ...ministry.source, sameAs: ['https://www.wikidata.org/wiki/Q1', 'https://mil.am'] } }],
    });
    expect(review?.author.logo).toBe('https://cek.example.org/logo.png');
    expect(review?.itemReviewed.author?.sameAs).toEqual(['https://www.wikidata.org/wiki/Q1', 'https://mil.am']);
    const plain = toClaimReview({ ...input, attributions: [ministry] });
    expect(plain?.author).not.toHaveProperty('logo');
    expect(plain?.itemReviewed.author).not.toHaveProperty('sameAs');
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
