// The download's name says what is in it: the filters and the day it was made, e.g.
// claimdesk-published-false+misleading-id-2025-01-01_2025-03-31-2025-04-02.csv
import type { ExportFilters, ExportFormat } from './filters';

export const FORMAT_INFO: Record<ExportFormat, { extension: string; contentType: string; label: string }> = {
  csv: { extension: 'csv', contentType: 'text/csv; charset=utf-8', label: 'CSV (spreadsheets)' },
  json: { extension: 'json', contentType: 'application/json; charset=utf-8', label: 'JSON (one document)' },
  ndjson: { extension: 'ndjson', contentType: 'application/x-ndjson; charset=utf-8', label: 'NDJSON (one claim per line)' },
  attributions: {
    extension: 'attributions.csv',
    contentType: 'text/csv; charset=utf-8',
    label: 'Attributions CSV (one row per quote: who said it, asserts or denies, where)',
  },
  claimreview: { extension: 'claimreview.jsonld', contentType: 'application/ld+json; charset=utf-8', label: 'ClaimReview JSON-LD' },
  factcheck: { extension: 'factcheck.json', contentType: 'application/json; charset=utf-8', label: 'Google Fact Check Tools markup pages' },
};

// Ids and codes are already restricted by the filter parser; this is the last guard for the header.
const safe = (part: string) => part.toLowerCase().replace(/[^a-z0-9_+-]+/g, '-');

export function exportFileName(format: ExportFormat, filters: ExportFilters, today: Date = new Date()): string {
  const parts = ['claimdesk', filters.publication === 'draft' ? 'drafts' : filters.publication];
  if (filters.statuses.length > 0) parts.push(filters.statuses.join('+'));
  if (filters.language) parts.push(filters.language);
  if (filters.articleId) parts.push(`article-${filters.articleId}`);
  if (filters.sourceId) parts.push(`source-${filters.sourceId}`);
  if (filters.from || filters.to) parts.push(`${filters.from ?? 'start'}_${filters.to ?? 'now'}`);
  parts.push(today.toISOString().slice(0, 10));
  return `${parts.map(safe).join('-')}.${FORMAT_INFO[format].extension}`;
}
