// Turns pages of claims into the text of each format, page by page, so nothing but the current
// page is ever held in memory. JSON documents are arrays written one element at a time.
import type { PublicSite } from '@/lib/claims/published-claim';
import { CSV_BOM, csvLine } from './csv';
import { toMarkupPage } from './fact-check';
import type { ExportFormat } from './filters';
import { ATTRIBUTION_FIELDS, attributionCsvLine, toAttributionRecords } from './attribution-record';
import { RECORD_FIELDS, claimReviewOfExport, recordCsvLine, toExportRecord, type ExportClaim } from './record';

type Pages = AsyncIterable<readonly ExportClaim[]>;

function itemsOf(format: Exclude<ExportFormat, 'csv' | 'attributions'>, site: PublicSite, page: readonly ExportClaim[]): unknown[] {
  if (format === 'json' || format === 'ndjson') return page.map((claim) => toExportRecord(site, claim));
  const reviews = page.map((claim) => claimReviewOfExport(site, claim)).filter((review) => review !== null);
  return format === 'claimreview' ? reviews : reviews.map(toMarkupPage);
}

async function* csv(site: PublicSite, pages: Pages): AsyncGenerator<string> {
  yield CSV_BOM + csvLine(RECORD_FIELDS);
  for await (const page of pages) {
    // join() builds the page's text in one pass; `+=` would leave a deep rope to flatten later.
    const lines = page.map((claim) => recordCsvLine(toExportRecord(site, claim)));
    if (lines.length > 0) yield lines.join('');
  }
}

/** One row per attribution: a page of 250 claims is a page of their attributions. */
async function* attributionsCsv(site: PublicSite, pages: Pages): AsyncGenerator<string> {
  yield CSV_BOM + csvLine(ATTRIBUTION_FIELDS);
  for await (const page of pages) {
    const lines = page.flatMap((claim) => toAttributionRecords(site, claim).map(attributionCsvLine));
    if (lines.length > 0) yield lines.join('');
  }
}

async function* ndjson(site: PublicSite, pages: Pages): AsyncGenerator<string> {
  for await (const page of pages) {
    const lines = itemsOf('ndjson', site, page).map((item) => `${JSON.stringify(item)}\n`);
    if (lines.length > 0) yield lines.join('');
  }
}

async function* jsonArray(format: 'json' | 'claimreview' | 'factcheck', site: PublicSite, pages: Pages): AsyncGenerator<string> {
  yield '[';
  let first = true;
  for await (const page of pages) {
    const items = itemsOf(format, site, page).map((item) => JSON.stringify(item));
    if (items.length === 0) continue;
    yield `${first ? '\n' : ',\n'}${items.join(',\n')}`;
    first = false;
  }
  // The closing bracket comes only after the last page: a download cut short is not valid JSON.
  yield '\n]\n';
}

export function encodeExport(format: ExportFormat, site: PublicSite, pages: Pages): AsyncGenerator<string> {
  if (format === 'csv') return csv(site, pages);
  if (format === 'attributions') return attributionsCsv(site, pages);
  if (format === 'ndjson') return ndjson(site, pages);
  return jsonArray(format, site, pages);
}
