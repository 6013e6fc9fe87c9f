// Reads the claims an export asks for, one page at a time in id order (keyset pagination: each page
// starts after the last id seen, so page 100 costs what page 1 costs and memory holds ~two pages).
// Raw pg rather than Prisma: on 100,000 claims Prisma's per-row mapping cost more than the query,
// and the export must stay within 3x of PostgreSQL's own COPY (see scripts/bench-export.ts).
// Pages are read without a transaction, so a long download holds no snapshot or connection open
// between pages; a claim edited mid-export appears as it was when its page was read.
// Takes the connection as an argument and does not import 'server-only': the CLI and the
// benchmark run this same code outside Next.js.
import pg from 'pg';
import type { ClaimStatus, Publication, SourceKind, Stance } from '@/lib/generated/prisma/enums';
import { exportRefusal, type ExportFilters, type ExportRefusal } from '@/lib/export/filters';
import type { ExportAttribution, ExportClaim } from '@/lib/export/record';
import { FROM_CLAIMS, selectColumns, whereClause } from './export-columns';
import { run, statementName, type Queryable } from './export-query';

export type { Queryable } from './export-query';

// Measured on 100,000 claims (scripts/bench-export.ts): with 1,000 rows a page outlives V8's young
// generation and is promoted, so old-generation collections doubled the time and RSS; 100 rows
// cost more round trips. 250 keeps each page short-lived.
export const EXPORT_PAGE_SIZE = 250;

export interface ReadOptions {
  /** Aborted when the client disconnects or the consumer stops: no further page is read. */
  signal?: AbortSignal;
  pageSize?: number;
  /** ClaimReview and Fact Check markup: only published verdicts are worth reading. */
  markupOnly?: boolean;
}

/** An attribution as both readings build it: the snapshot's shape, the quote's paragraph left out. */
interface AttributionJson {
  id: string;
  cue: string;
  stance: string;
  quote: { text: string };
  source: { id: string; name: string; kind: string } | null;
  article: {
    title: string;
    url: string | null;
    publisher: string | null;
    author: string | null;
    publishedAt: string | null;
    publishedUtcOffset: number | null;
    language: string;
  };
}

interface ClaimRow {
  id: string;
  summary: string;
  language: string;
  status: string;
  explanation: string;
  publication: string;
  publishedAt: Date | null;
  updatedAt: Date;
  reviewerName: string | null;
  /** Null for a working claim whose last attribution was removed. */
  attributions: AttributionJson[] | null;
  evidenceUrls: string[];
  /** Read from the approved snapshot (published claims); null for working rows. */
  snapshotCorrections: { id: string; what: string; why: string; at: string }[] | null;
}

// The corrections of a whole page in one query (they give the ClaimReview its dateModified).
const CORRECTIONS_SQL = `SELECT "claimId", id, what, why, at FROM "Correction" WHERE "claimId" = ANY($1::text[]) ORDER BY "claimId", at, id`;
interface CorrectionRow {
  claimId: string;
  id: string;
  what: string;
  why: string;
  at: Date;
}

async function withCorrections(db: Queryable, rows: ClaimRow[]): Promise<ExportClaim[]> {
  // Published claims carry the corrections readers were shown, in their snapshot.
  if (rows.every((row) => row.snapshotCorrections)) {
    return rows.map((row) =>
      toClaim(
        row,
        (row.snapshotCorrections ?? []).map((c) => ({ ...c, at: new Date(c.at) })),
      ),
    );
  }
  const corrections = await run<CorrectionRow>(db, CORRECTIONS_SQL, [rows.map((row) => row.id)]);
  const correctionsOf = new Map<string, ExportClaim['corrections']>();
  for (const { claimId, ...correction } of corrections) correctionsOf.set(claimId, [...(correctionsOf.get(claimId) ?? []), correction]);
  return rows.map((row) => toClaim(row, correctionsOf.get(row.id) ?? []));
}

// The casts name the database enums the SQL read as text; the column types (and, for snapshots, the
// function that wrote them from those columns) guarantee the values. No schema check per row: this
// runs 100,000 times within 3x of COPY, and a snapshot is checked when it is written.
function toAttribution(json: AttributionJson): ExportAttribution {
  const { article, source } = json;
  return {
    id: json.id,
    cue: json.cue,
    stance: json.stance as Stance,
    quoteText: json.quote.text,
    source: source ? { id: source.id, name: source.name, kind: source.kind as SourceKind } : null,
    article: {
      title: article.title,
      url: article.url ?? null,
      publisher: article.publisher ?? null,
      author: article.author ?? null,
      publishedAt: article.publishedAt ? new Date(article.publishedAt) : null,
      publishedUtcOffset: article.publishedUtcOffset ?? null,
      language: article.language,
    },
  };
}

function toClaim(row: ClaimRow, corrections: ExportClaim['corrections']): ExportClaim {
  return {
    id: row.id,
    summary: row.summary,
    language: row.language,
    status: row.status as ClaimStatus,
    explanation: row.explanation,
    publication: row.publication as Publication,
    publishedAt: row.publishedAt,
    updatedAt: row.updatedAt,
    attributions: (row.attributions ?? []).map(toAttribution),
    evidenceUrls: row.evidenceUrls,
    // The ClaimReview's dateModified is the latest correction, as on the verdict page.
    corrections,
    reviewer: row.reviewerName === null ? null : { name: row.reviewerName },
  };
}

/** The query for one page of claims, after the id given as its last value ('' for the first page). */
export function exportPageQuery(
  filters: ExportFilters,
  markupOnly: boolean,
  limit: number,
): { text: string; values: (after: string) => unknown[] } {
  const where = whereClause(filters, markupOnly);
  const afterParam = `$${where.values.length + 1}`;
  return {
    text: `SELECT ${selectColumns(filters, markupOnly)}
  WHERE ${where.text} AND c.id > ${afterParam} ORDER BY c.id LIMIT ${limit}`,
    values: (after) => [...where.values, after],
  };
}

/**
 * Pages of matching claims, in id order; stops at the end, or as soon as the signal aborts. The
 * next page's query is sent while the consumer formats the current one, so database time and
 * formatting overlap; at most one page is read ahead.
 */
export async function* readExportClaims(db: Queryable, filters: ExportFilters, options: ReadOptions = {}): AsyncGenerator<ExportClaim[]> {
  const limit = options.pageSize ?? EXPORT_PAGE_SIZE;
  const { text, values } = exportPageQuery(filters, options.markupOnly ?? false, limit);
  // '' sorts before every id, whatever the collation.
  const name = statementName(text);
  let pending: Promise<ClaimRow[]> | null = run<ClaimRow>(db, text, values(''), name);
  try {
    while (pending && !options.signal?.aborted) {
      const rows: ClaimRow[] = await pending;
      pending = null;
      if (options.signal?.aborted) return;
      const last = rows.at(-1);
      pending = last && rows.length === limit ? run<ClaimRow>(db, text, values(last.id), name) : null;
      if (rows.length === 0) return;
      yield await withCorrections(db, rows);
    }
  } finally {
    // A read-ahead abandoned by a stop must not surface as an unhandled rejection.
    pending?.catch(() => {});
  }
}

export async function countExportClaims(db: Queryable, filters: ExportFilters, markupOnly = false): Promise<number> {
  const where = whereClause(filters, markupOnly);
  const sql = `SELECT count(*) AS count ${FROM_CLAIMS} WHERE ${where.text}`;
  const [row] = await run<{ count: string }>(db, sql, where.values);
  return Number(row?.count ?? 0);
}

/** An article or source filter that names nothing is a mistake, not an empty export. */
export async function checkExportTargets(db: Queryable, filters: ExportFilters): Promise<ExportRefusal | null> {
  if (filters.articleId && (await run(db, 'SELECT 1 FROM "Article" WHERE id = $1', [filters.articleId])).length === 0) {
    return exportRefusal('noArticle', { id: filters.articleId });
  }
  if (filters.sourceId && (await run(db, 'SELECT 1 FROM "Source" WHERE id = $1', [filters.sourceId])).length === 0) {
    return exportRefusal('noSource', { id: filters.sourceId });
  }
  return null;
}

/**
 * Export connections plan each page in id order from the primary key and stop at the page's last
 * row: sorting is switched off for their sessions. With it on, the planner underestimates how many
 * claims match (a filter on the snapshot's JSON counts as 0.5% of rows) and reads and sorts the
 * whole table for every page: measured on 10,000 published claims, 400 ms a page against 17 ms,
 * and a feed that took 12 s. A keyset page never needs a sort, so nothing else changes.
 */
export const EXPORT_SESSION_OPTIONS = '-c enable_sort=off';

/** A pool for exports (the server's, the CLI's, the benchmark's), its sessions set as above. */
export function createExportPool(connectionString: string, max: number): pg.Pool {
  return new pg.Pool({ connectionString, max, allowExitOnIdle: true, options: EXPORT_SESSION_OPTIONS });
}

const globalForExport = globalThis as unknown as { claimdeskExportPool?: pg.Pool };

/**
 * The server's connections for exports, kept on globalThis so dev reloads do not open new pools.
 * Small: an export holds one connection per query, two while it reads ahead.
 */
export function exportPool(connectionString: string): pg.Pool {
  if (!globalForExport.claimdeskExportPool) {
    const pool = createExportPool(connectionString, 4);
    // An idle connection dropped by the server must not crash the process (see login-throttle.ts).
    pool.on('error', (error) => console.warn(`[export] idle database connection lost: ${error.message}`));
    globalForExport.claimdeskExportPool = pool;
  }
  return globalForExport.claimdeskExportPool;
}
