// How the export talks to PostgreSQL through pg: any pool or client, UTC timestamps read as UTC, and
// a prepared statement per page query. No 'server-only': the CLI and the benchmark use it too.
import pg from 'pg';

/** A pg Pool or Client. */
export interface Queryable {
  query<R extends pg.QueryResultRow>(config: pg.QueryConfig): Promise<pg.QueryResult<R>>;
}

const TIMESTAMP_OID = 1114;
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?$/;

/** Prisma stores DateTime as `timestamp(3)` in UTC; pg's own parser would read it as local time. */
function parseUtcTimestamp(value: string): Date {
  const m = TIMESTAMP.exec(value);
  // Anything unusual ("infinity", BC dates) goes through the general parser.
  if (!m) return new Date(`${value.replace(' ', 'T')}Z`);
  const ms = Number((m[7] ?? '0').padEnd(3, '0').slice(0, 3));
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]), ms));
}

const builtinParser: (oid: number, format?: 'text' | 'binary') => (value: string) => unknown = pg.types.getTypeParser;
const types: pg.CustomTypesConfig = {
  getTypeParser: (oid: number, format?: 'text' | 'binary') => (oid === TIMESTAMP_OID ? parseUtcTimestamp : builtinParser(oid, format)),
};

export function run<R extends pg.QueryResultRow>(db: Queryable, text: string, values: unknown[], name?: string): Promise<R[]> {
  return db.query<R>({ text, values, types, ...(name ? { name } : {}) }).then((result) => result.rows);
}

/** A prepared-statement name per distinct page query: each connection plans it once, not per page. */
export function statementName(text: string): string {
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  return `export-page-${(hash >>> 0).toString(36)}`;
}
