// The row model of every export: a claim as the data layer reads it (the statement with every place
// it was said), and the flat record the CSV, JSON and NDJSON formats write: one per claim, with its
// attributions joined into parallel lists in order of appearance (same field names in all three
// formats; CSV writes a list as one cell, an entry per line).
import type { ClaimStatus, Publication, SourceKind, Stance } from '@/lib/generated/prisma/enums';
import { canonicalUrl, claimReviewOf, pageLocale, type ClaimReviewSubject, type PublicSite } from '@/lib/claims/published-claim';
import type { ClaimReview } from '@/lib/claims/claim-review';
import { CLAIM_STATUSES } from '@/lib/claims/status';
import { CSV_NEWLINE, csvCell } from './csv';

/** One place the claim was said, as the export reads it (the quote without its paragraph). */
export interface ExportAttribution {
  id: string;
  cue: string;
  stance: Stance;
  quoteText: string;
  source: { id: string; name: string; kind: SourceKind } | null;
  article: {
    title: string;
    url: string | null;
    publisher: string | null;
    author: string | null;
    publishedAt: Date | null;
    publishedUtcOffset: number | null;
    language: string;
  };
}

/**
 * One claim as lib/data/export-claims.ts reads it (a published claim from its approved snapshot),
 * with the evidence reduced to its URLs (all that any export writes).
 */
export interface ExportClaim {
  id: string;
  summary: string;
  language: string;
  status: ClaimStatus;
  explanation: string;
  publication: Publication;
  publishedAt: Date | null;
  updatedAt: Date;
  /** In order of appearance: the first is the claim's first appearance. */
  attributions: ExportAttribution[];
  evidenceUrls: string[];
  corrections: { id: string; what: string; why: string; at: Date }[];
  reviewer: { name: string } | null;
}

export interface ExportRecord {
  id: string;
  url: string | null;
  summary: string;
  language: string;
  status: ClaimStatus;
  statusLabel: string;
  ratingValue: number | null;
  explanation: string;
  evidenceUrls: string[];
  attributionCount: number;
  // One entry per attribution, in order of appearance: index i of each list is the same attribution.
  sources: (string | null)[];
  sourceKinds: (SourceKind | null)[];
  stances: Stance[];
  articleTitles: string[];
  articleUrls: (string | null)[];
  articlePublishers: (string | null)[];
  articleDates: (string | null)[];
  reviewer: string | null;
  publication: Publication;
  publishedAt: string | null;
}

/** Column order of the CSV, and the key order of JSON records. */
export const RECORD_FIELDS = [
  'id',
  'url',
  'summary',
  'language',
  'status',
  'statusLabel',
  'ratingValue',
  'explanation',
  'evidenceUrls',
  'attributionCount',
  'sources',
  'sourceKinds',
  'stances',
  'articleTitles',
  'articleUrls',
  'articlePublishers',
  'articleDates',
  'reviewer',
  'publication',
  'publishedAt',
] as const satisfies readonly (keyof ExportRecord)[];

/** Whether readers can open the claim's page (only then does it have a URL and a publication date). */
export function isPublic(claim: ExportClaim): claim is ExportClaim & { publishedAt: Date } {
  return claim.publication === 'PUBLISHED' && claim.publishedAt !== null;
}

/** The claim as the ClaimReview builder reads it; null unless it is on the public site. */
export function asReviewSubject(claim: ExportClaim): ClaimReviewSubject | null {
  return isPublic(claim) ? claim : null;
}

/** Only published claims with a verdict get markup: the builder returns null for the rest. */
export function claimReviewOfExport(site: PublicSite, claim: ExportClaim): ClaimReview | null {
  const published = asReviewSubject(claim);
  return published ? claimReviewOf(site, published) : null;
}

export const iso = (date: Date | null) => (date ? date.toISOString() : null);

/** The verdict columns every format shares: the claim's page, and its label in the claim's language. */
export function verdictOf(site: PublicSite, claim: ExportClaim) {
  const info = CLAIM_STATUSES[claim.status];
  return {
    url: isPublic(claim) ? canonicalUrl(site, claim) : null,
    // The label in the verdict page's language, as in the ClaimReview's alternateName.
    statusLabel: info.label[pageLocale(claim.language)],
    ratingValue: info.rating,
  };
}

export function toExportRecord(site: PublicSite, claim: ExportClaim): ExportRecord {
  const { url, statusLabel, ratingValue } = verdictOf(site, claim);
  const said = claim.attributions;
  return {
    id: claim.id,
    url,
    summary: claim.summary,
    language: claim.language,
    status: claim.status,
    statusLabel,
    ratingValue,
    explanation: claim.explanation,
    evidenceUrls: claim.evidenceUrls,
    attributionCount: said.length,
    sources: said.map((a) => a.source?.name ?? null),
    sourceKinds: said.map((a) => a.source?.kind ?? null),
    stances: said.map((a) => a.stance),
    articleTitles: said.map((a) => a.article.title),
    articleUrls: said.map((a) => a.article.url),
    articlePublishers: said.map((a) => a.article.publisher),
    articleDates: said.map((a) => iso(a.article.publishedAt)),
    reviewer: claim.reviewer?.name ?? null,
    publication: claim.publication,
    publishedAt: isPublic(claim) ? iso(claim.publishedAt) : null,
  };
}

/**
 * The record as one CSV line, written straight from the record (no intermediate arrays: this runs
 * 100,000 times). A list is one cell with an entry per line, an empty line for a missing entry, so
 * line i of every list cell is the same attribution. (Names, titles and URLs are one line each in
 * practice; the attributions format, one row per attribution, never depends on that.)
 */
export function recordCsvLine(record: ExportRecord): string {
  let line = '';
  for (const field of RECORD_FIELDS) {
    const value = record[field];
    line += (field === 'id' ? '' : ',') + csvCell(Array.isArray(value) ? value.map((v) => v ?? '').join('\n') : value);
  }
  return line + CSV_NEWLINE;
}
