// The only way to make the pool the matcher queries through. Its connections are opened read-only
// and with the matcher's statement_timeout, both sent in the connection's startup packet, so every
// matcher query is bounded without a BEGIN / SET LOCAL / COMMIT round trip around it (those three
// cost more than the candidate lookup itself on a busy machine). The brand makes `matchClaims`
// refuse a plain pg Pool at compile time: no caller can forget the bound.
import pg from 'pg';
import { STATEMENT_TIMEOUT_MS } from './limits';

declare const bounded: unique symbol;
export type MatchPool = pg.Pool & { readonly [bounded]: true };

const CONNECT_TIMEOUT_MS = 10_000;

export function createMatchPool(connectionString: string, max: number): MatchPool {
  const pool = new pg.Pool({
    connectionString,
    max,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    statement_timeout: STATEMENT_TIMEOUT_MS,
    options: '-c default_transaction_read_only=on',
  });
  // An idle client that loses its connection (a database restart) must not crash the process.
  pool.on('error', (error) => console.error('[match-pool] idle client error:', error.message));
  return pool as MatchPool;
}
