// The `attributions` format: one CSV row per place a claim was said (claim, verdict, who, stance,
// the quote, the article), for analysis: who asserts or denies what, where, and how it was rated.
// Written from the same pages of claims as every other format, so it streams the same way.
import type { ClaimStatus, Publication, SourceKind, Stance } from '@/lib/generated/prisma/enums';
import type { PublicSite } from '@/lib/claims/published-claim';
import { CSV_NEWLINE, csvCell } from './csv';
import { iso, verdictOf, type ExportClaim } from './record';

export interface AttributionRecord {
  claimId: string;
  claimUrl: string | null;
  summary: string;
  language: string;
  status: ClaimStatus;
  statusLabel: string;
  ratingValue: number | null;
  publication: Publication;
  /** 1 for the first appearance, in order of appearance. */
  position: number;
  attributionId: string;
  source: string | null;
  sourceKind: SourceKind | null;
  stance: Stance;
  cue: string;
  quote: string;
  articleTitle: string;
  articleUrl: string | null;
  articlePublisher: string | null;
  articlePublishedAt: string | null;
  articleLanguage: string;
}

export const ATTRIBUTION_FIELDS = [
  'claimId',
  'claimUrl',
  'summary',
  'language',
  'status',
  'statusLabel',
  'ratingValue',
  'publication',
  'position',
  'attributionId',
  'source',
  'sourceKind',
  'stance',
  'cue',
  'quote',
  'articleTitle',
  'articleUrl',
  'articlePublisher',
  'articlePublishedAt',
  'articleLanguage',
] as const satisfies readonly (keyof AttributionRecord)[];

/** The claim's attributions as records, in order of appearance; a claim without any gives none. */
export function toAttributionRecords(site: PublicSite, claim: ExportClaim): AttributionRecord[] {
  const { url, statusLabel, ratingValue } = verdictOf(site, claim);
  return claim.attributions.map((attribution, index) => ({
    claimId: claim.id,
    claimUrl: url,
    summary: claim.summary,
    language: claim.language,
    status: claim.status,
    statusLabel,
    ratingValue,
    publication: claim.publication,
    position: index + 1,
    attributionId: attribution.id,
    source: attribution.source?.name ?? null,
    sourceKind: attribution.source?.kind ?? null,
    stance: attribution.stance,
    cue: attribution.cue,
    quote: attribution.quoteText,
    articleTitle: attribution.article.title,
    articleUrl: attribution.article.url,
    articlePublisher: attribution.article.publisher,
    articlePublishedAt: iso(attribution.article.publishedAt),
    articleLanguage: attribution.article.language,
  }));
}

export function attributionCsvLine(record: AttributionRecord): string {
  let line = '';
  for (const field of ATTRIBUTION_FIELDS) line += (field === 'claimId' ? '' : ',') + csvCell(record[field]);
  return line + CSV_NEWLINE;
}
