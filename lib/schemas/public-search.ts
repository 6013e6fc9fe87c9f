// The public index's query string: search words, filters and page, each validated so that
// anything odd becomes a message on a normal page, never an error.
import { z } from 'zod';
import { isRecordId } from '@/lib/record-id';
import { CLAIM_STATUSES } from '@/lib/claims/status';
import type { ClaimStatus } from '@/lib/generated/prisma/enums';

export const MAX_QUERY_LENGTH = 200;
/**
 * Claims a page. The index is the site's busiest page and every row is sent twice (HTML and React
 * payload), so its size follows this figure: 10 keeps `/` near 42 kB (issue 12's measurements).
 */
export const PAGE_SIZE = 10;
/** Paging reaches the newest 10,000 claims; older ones are found by searching (deep offsets are slow). */
export const MAX_PAGE = Math.ceil(10_000 / PAGE_SIZE);
/** Longer than any source name; the rest of a longer one is ignored. */
export const MAX_SOURCE_NAME_LENGTH = 100;

const VERDICTS = (Object.keys(CLAIM_STATUSES) as ClaimStatus[]).filter((s) => CLAIM_STATUSES[s].isVerdict);

export interface PublicSearch {
  q: string;
  verdict: ClaimStatus | null;
  sourceId: string | null;
  /** Words of a source's name, as typed in the index's source field ("" = any source). */
  sourceName: string;
  from: Date | null;
  to: Date | null;
  page: number;
}

export type SearchProblem =
  'query-too-long' | 'unknown-verdict' | 'bad-source' | 'bad-date' | 'reversed-dates' | 'bad-page' | 'page-out-of-range';

type Params = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() ?? '';

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((v) => !Number.isNaN(new Date(`${v}T00:00:00Z`).getTime()) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v));

/** Reads the search from URL parameters. Problems are reported, and the offending part ignored. */
export function parsePublicSearch(params: Params): { search: PublicSearch; problems: SearchProblem[] } {
  const problems: SearchProblem[] = [];
  let q = first(params.q);
  if (q.length > MAX_QUERY_LENGTH) {
    problems.push('query-too-long');
    q = '';
  }
  const verdictParam = first(params.verdict);
  const verdict = verdictParam ? (VERDICTS.find((v) => v === verdictParam) ?? null) : null;
  if (verdictParam && !verdict) problems.push('unknown-verdict');
  const sourceParam = first(params.source);
  const sourceId = isRecordId(sourceParam) ? sourceParam : null;
  if (sourceParam && !sourceId) problems.push('bad-source');
  const sourceName = first(params.sourceName).slice(0, MAX_SOURCE_NAME_LENGTH);
  const day = (name: 'from' | 'to') => {
    const value = first(params[name]);
    if (!value) return null;
    if (!isoDay.safeParse(value).success) {
      problems.push('bad-date');
      return null;
    }
    return new Date(`${value}T00:00:00Z`);
  };
  let from = day('from');
  let to = day('to');
  if (from && to && from > to) {
    problems.push('reversed-dates');
    from = to = null;
  }
  const pageParam = first(params.page);
  let page = 1;
  if (pageParam) {
    const n = /^\d{1,6}$/.test(pageParam) ? Number(pageParam) : NaN;
    if (!Number.isInteger(n) || n < 1) problems.push('bad-page');
    else if (n > MAX_PAGE) problems.push('page-out-of-range');
    else page = n;
  }
  return { search: { q, verdict, sourceId, sourceName, from, to, page }, problems };
}

export function searchToParams(search: Partial<PublicSearch>): URLSearchParams {
  const params = new URLSearchParams();
  if (search.q) params.set('q', search.q);
  if (search.verdict) params.set('verdict', search.verdict);
  if (search.sourceId) params.set('source', search.sourceId);
  if (search.sourceName) params.set('sourceName', search.sourceName);
  if (search.from) params.set('from', search.from.toISOString().slice(0, 10));
  if (search.to) params.set('to', search.to.toISOString().slice(0, 10));
  if (search.page && search.page > 1) params.set('page', String(search.page));
  return params;
}
