// What an export asks for, parsed once for the desk route, the public feeds, the export page and
// the CLI. Every refusal is one line a person can act on (in their language), decided before the first byte.
import { z } from 'zod';
import { ClaimStatus } from '@/lib/generated/prisma/enums';
import { STATUS_ORDER } from '@/lib/claims/status';

/** `attributions` is a CSV with one row per place a claim was said; the others have one item per claim. */
export const EXPORT_FORMATS = ['csv', 'json', 'ndjson', 'attributions', 'claimreview', 'factcheck'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** published: on the public site; draft: anything not (yet) published (DRAFT or IN_REVIEW); all: both. */
export const PUBLICATION_CHOICES = ['published', 'draft', 'all'] as const;
export type PublicationChoice = (typeof PUBLICATION_CHOICES)[number];

export interface ExportFilters {
  /** Empty means every status. */
  statuses: ClaimStatus[];
  publication: PublicationChoice;
  articleId: string | null;
  sourceId: string | null;
  /** Inclusive UTC calendar days, YYYY-MM-DD. */
  from: string | null;
  to: string | null;
  language: string | null;
}

export interface ExportRequest {
  format: ExportFormat;
  filters: ExportFilters;
}

/**
 * Why a request was refused, as a message of the ExportRefusal catalogue and its values, so each
 * caller says it in its own reader's language (lib/export/refusal-text.ts); the CLI uses English.
 */
export interface ExportRefusal {
  key: ExportRefusalKey;
  values: Record<string, string>;
}

export type ExportRefusalKey =
  | 'badDate'
  | 'badId'
  | 'badPublication'
  | 'badLanguage'
  | 'reversedDates'
  | 'invalid'
  | 'once'
  | 'unknownStatus'
  | 'unknownParameter'
  | 'unknownFormat'
  | 'markupPublishedOnly'
  | 'noArticle'
  | 'noSource'
  | 'draftsNotPublic'
  | 'draftsNeedEditor'
  | 'badDownload';

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: ExportRefusal };

export function exportRefusal(key: ExportRefusalKey, values: Record<string, string> = {}): ExportRefusal {
  return { key, values };
}

const refused = (key: ExportRefusalKey, values: Record<string, string> = {}) => ({
  ok: false as const,
  reason: exportRefusal(key, values),
});

export const DEFAULT_FILTERS: ExportFilters = {
  statuses: [],
  publication: 'published',
  articleId: null,
  sourceId: null,
  from: null,
  to: null,
  language: null,
};

const FILTER_KEYS = ['status', 'publication', 'article', 'source', 'from', 'to', 'language'] as const;
// Ids are cuids, or UUIDs from scripts and tests: anything else cannot name a row.
const ID = /^[A-Za-z0-9_-]{1,64}$/;
const LANGUAGE = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function isCalendarDay(value: string): boolean {
  const match = DAY.exec(value);
  if (!match) return false;
  const date = new Date(`${value}T00:00:00Z`);
  // Date rolls 2024-02-30 over to March: a real day survives the round trip unchanged.
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

// Zod messages are refusal keys; the field's name comes from the issue's path.
const day = () => z.string().refine(isCalendarDay, 'badDate');
const id = () => z.string().regex(ID, 'badId');
const REFUSAL_KEYS: readonly string[] = ['badDate', 'badId', 'badPublication', 'badLanguage', 'reversedDates'];

const filterSchema = z
  .object({
    status: z.array(z.enum(ClaimStatus)).default([]),
    publication: z.enum(PUBLICATION_CHOICES, { error: 'badPublication' }).default('published'),
    article: id().optional(),
    source: id().optional(),
    from: day().optional(),
    to: day().optional(),
    language: z.string().toLowerCase().regex(LANGUAGE, 'badLanguage').optional(),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: 'reversedDates' });

function issueRefusal(issue: z.core.$ZodIssue | undefined): ExportRefusal {
  if (!issue || !REFUSAL_KEYS.includes(issue.message)) return exportRefusal('invalid');
  const key = issue.message as ExportRefusalKey;
  return exportRefusal(key, key === 'badPublication' ? { choices: PUBLICATION_CHOICES.join(', ') } : { name: String(issue.path[0] ?? '') });
}

/** Raw parameters as they come: a query string, a GET form or command-line flags. */
export type RawParams = Iterable<readonly [string, string]>;

function collect(params: RawParams): Map<string, string[]> {
  const byKey = new Map<string, string[]>();
  for (const [key, value] of params) {
    const trimmed = value.trim();
    // An empty field of a GET form means "no filter", not "match the empty string".
    if (trimmed === '') continue;
    byKey.set(key, [...(byKey.get(key) ?? []), trimmed]);
  }
  return byKey;
}

function single(byKey: Map<string, string[]>, key: string): Parsed<string | undefined> {
  const values = byKey.get(key);
  if (values && values.length > 1) return refused('once', { name: key });
  return { ok: true, value: values?.[0] };
}

/** "true,partly-true" and repeated values both work; codes are case-insensitive. */
function statusCodes(values: string[]): Parsed<ClaimStatus[]> {
  const codes = values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim().toUpperCase().replace(/-/g, '_'))
    .filter(Boolean);
  const unknown = codes.find((code) => !(STATUS_ORDER as string[]).includes(code));
  if (unknown !== undefined) return refused('unknownStatus', { value: unknown, choices: STATUS_ORDER.join(', ') });
  return { ok: true, value: [...new Set(codes as ClaimStatus[])] };
}

export function parseFilters(params: RawParams, extraKeys: readonly string[] = []): Parsed<ExportFilters> {
  const byKey = collect(params);
  const unknownKey = [...byKey.keys()].find((key) => !(FILTER_KEYS as readonly string[]).includes(key) && !extraKeys.includes(key));
  if (unknownKey !== undefined) return refused('unknownParameter', { value: unknownKey, choices: FILTER_KEYS.join(', ') });
  const statuses = statusCodes(byKey.get('status') ?? []);
  if (!statuses.ok) return statuses;
  const raw: Record<string, unknown> = { status: statuses.value };
  for (const key of FILTER_KEYS.filter((k) => k !== 'status')) {
    const value = single(byKey, key);
    if (!value.ok) return value;
    if (value.value !== undefined) raw[key] = value.value;
  }
  const parsed = filterSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: issueRefusal(parsed.error.issues[0]) };
  const f = parsed.data;
  return {
    ok: true,
    value: {
      statuses: f.status,
      publication: f.publication,
      articleId: f.article ?? null,
      sourceId: f.source ?? null,
      from: f.from ?? null,
      to: f.to ?? null,
      language: f.language ?? null,
    },
  };
}

/** The desk and the CLI: a format plus filters. ClaimReview markup exists only for published verdicts. */
export function parseExportRequest(params: RawParams, defaultFormat: ExportFormat = 'csv'): Parsed<ExportRequest> {
  const list = [...params];
  const formats = list.filter(([key, value]) => key === 'format' && value.trim() !== '').map(([, value]) => value.trim().toLowerCase());
  if (formats.length > 1) return refused('once', { name: 'format' });
  const format = formats[0] ?? defaultFormat;
  if (!(EXPORT_FORMATS as readonly string[]).includes(format))
    return refused('unknownFormat', { value: format, choices: EXPORT_FORMATS.join(', ') });
  const filters = parseFilters(list, ['format']);
  if (!filters.ok) return filters;
  const typed = format as ExportFormat;
  if ((typed === 'claimreview' || typed === 'factcheck') && filters.value.publication === 'draft') {
    return refused('markupPublishedOnly');
  }
  return { ok: true, value: { format: typed, filters: filters.value } };
}

/** The filters as query parameters, for links (the download link, the public feeds). */
export function filtersToParams(filters: ExportFilters, format?: ExportFormat): URLSearchParams {
  const params = new URLSearchParams();
  if (format) params.set('format', format);
  if (filters.statuses.length > 0) params.set('status', filters.statuses.join(','));
  if (filters.publication !== 'published') params.set('publication', filters.publication);
  if (filters.articleId) params.set('article', filters.articleId);
  if (filters.sourceId) params.set('source', filters.sourceId);
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  if (filters.language) params.set('language', filters.language);
  return params;
}

export function includesDrafts(filters: ExportFilters): boolean {
  return filters.publication !== 'published';
}
