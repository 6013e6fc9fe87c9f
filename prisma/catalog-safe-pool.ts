// Works around prisma/orm#27403 (adapter-pg 6.19): the Wasm schema engine cannot deserialize the
// catalog types `name` (OID 19) and `"char"` (OID 18) that `migrate deploy` reads. Reporting those
// columns as `text` (OID 25) is exact for our purposes: their values arrive as strings anyway.
import pg from 'pg';

const CATALOG_TEXT_TYPES = new Set([18, 19]);
const TEXT_OID = 25;

type QueryResultLike = { fields?: { dataTypeID: number }[] };

function reportCatalogTypesAsText<T>(result: T): T {
  for (const field of (result as QueryResultLike | undefined)?.fields ?? []) {
    if (CATALOG_TEXT_TYPES.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
  }
  return result;
}

class CatalogSafeClient extends pg.Client {
  // pg's query() has many overloads (promise, callback, submittable); patch the result in each.
  override query(...args: unknown[]): never {
    const last = args.at(-1);
    if (typeof last === 'function') {
      const callback = last as (error: Error | null, result: unknown) => void;
      args[args.length - 1] = (error: Error | null, result: unknown) => callback(error, error ? result : reportCatalogTypesAsText(result));
    }
    const returned = (super.query as (...a: unknown[]) => unknown)(...args);
    if (returned instanceof Promise) return returned.then(reportCatalogTypesAsText) as never;
    return returned as never;
  }
}

export function createCatalogSafePool(connectionString: string): pg.Pool {
  // allowExitOnIdle: an idle pooled connection must not keep the CLI alive for the idle timeout.
  return new pg.Pool({ connectionString, Client: CatalogSafeClient, allowExitOnIdle: true });
}
