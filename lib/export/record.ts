// The row model of every export: a claim as the data layer reads it, and the flat record that the
// CSV, JSON and NDJSON formats write (same field names in all three; CSV writes them as text).
import type { ClaimStatus, Publication, SourceKind, Stance } from '@/lib/generated/prisma/enums';
import { canonicalUrl, claimReviewOf, pageLocale, type ClaimReviewSubject, type PublicSite } from '@/lib/claims/published-claim';
import type { ClaimReview } from '@/lib/claims/claim-review';
import { CLAIM_STATUSES } from '@/lib/claims/status';
import { CSV_NEWLINE, csvCell } from './csv';

/**
 * One claim as lib/data/export-claims.ts reads it (a published claim from its approved snapshot),
 * with the evidence reduced to its URLs (all that any export writes).
 */
export interface ExportClaim {
  id: string;
  summary: string;
  quoteText: string;
  cue: string;
  stance: Stance;
  status: ClaimStatus;
  explanation: string;
  publication: Publication;
  publishedAt: Date | null;
  updatedAt: Date;
  source: { id: string; name: string; kind: SourceKind } | null;
  article: {
    id: string;
    title: string;
    url: string | null;
    publisher: string | null;
    author: string | null;
    publishedAt: Date | null;
    publishedUtcOffset: number | null;
    language: string;
  };
  evidenceUrls: string[];
  corrections: { id: string; what: string; why: string; at: Date }[];
  reviewer: { name: string } | null;
}

export interface ExportRecord {
  id: string;
  url: string | null;
  summary: string;
  quote: string;
  source: string | null;
  sourceKind: SourceKind | null;
  cue: string;
  stance: Stance;
  status: ClaimStatus;
  statusLabel: string;
  ratingValue: number | null;
  explanation: string;
  evidenceUrls: string[];
  articleTitle: string;
  articleUrl: string | null;
  articlePublisher: string | null;
  articlePublishedAt: string | null;
  articleLanguage: string;
  reviewer: string | null;
  publication: Publication;
  publishedAt: string | null;
}

/** Column order of the CSV, and the key order of JSON records. */
export const RECORD_FIELDS = [
  'id',
  'url',
  'summary',
  'quote',
  'source',
  'sourceKind',
  'cue',
  'stance',
  'status',
  'statusLabel',
  'ratingValue',
  'explanation',
  'evidenceUrls',
  'articleTitle',
  'articleUrl',
  'articlePublisher',
  'articlePublishedAt',
  'articleLanguage',
  'reviewer',
  'publication',
  'publishedAt',
] as const satisfies readonly (keyof ExportRecord)[];

/** The claim as the ClaimReview builder reads it; null unless it is on the public site. */
export function asReviewSubject(claim: ExportClaim): ClaimReviewSubject | null {
  if (claim.publication !== 'PUBLISHED' || !claim.publishedAt) return null;
  return { ...claim, publishedAt: claim.publishedAt };
}

/** Only published claims with a verdict get markup: the builder returns null for the rest. */
export function claimReviewOfExport(site: PublicSite, claim: ExportClaim): ClaimReview | null {
  const published = asReviewSubject(claim);
  return published ? claimReviewOf(site, published) : null;
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export function toExportRecord(site: PublicSite, claim: ExportClaim): ExportRecord {
  const info = CLAIM_STATUSES[claim.status];
  const published = claim.publication === 'PUBLISHED' && claim.publishedAt !== null;
  return {
    id: claim.id,
    // Only a published claim has a page readers can open.
    url: published ? canonicalUrl(site, claim) : null,
    summary: claim.summary,
    quote: claim.quoteText,
    source: claim.source?.name ?? null,
    sourceKind: claim.source?.kind ?? null,
    cue: claim.cue,
    stance: claim.stance,
    status: claim.status,
    // The label in the verdict page's language, as in the ClaimReview's alternateName.
    statusLabel: info.label[pageLocale(claim.article.language)],
    ratingValue: info.rating,
    explanation: claim.explanation,
    evidenceUrls: claim.evidenceUrls,
    articleTitle: claim.article.title,
    articleUrl: claim.article.url,
    articlePublisher: claim.article.publisher,
    articlePublishedAt: iso(claim.article.publishedAt),
    articleLanguage: claim.article.language,
    reviewer: claim.reviewer?.name ?? null,
    publication: claim.publication,
    publishedAt: published ? iso(claim.publishedAt) : null,
  };
}

/**
 * The record as one CSV line, written straight from the record (no intermediate arrays: this runs
 * 100,000 times). Evidence URLs go one per line inside their cell (URLs hold no line breaks).
 */
export function recordCsvLine(record: ExportRecord): string {
  let line = '';
  for (const field of RECORD_FIELDS) {
    const value = record[field];
    line += (field === 'id' ? '' : ',') + csvCell(Array.isArray(value) ? value.join('\n') : value);
  }
  return line + CSV_NEWLINE;
}
