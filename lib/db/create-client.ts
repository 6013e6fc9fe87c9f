// Builds a Prisma client over the pg driver adapter (no native engine). Shared by the app
// (through lib/db.ts) and by scripts and tests, which cannot import 'server-only'.
//
// Every query that fails because the database went away (and every idle pooled connection that
// PostgreSQL terminates as it shuts down) is reported to the process's database gate
// (lib/http/database-gate.ts), so the following requests get proxy.ts's 503 at once instead of each
// failing on its own; and the error is marked with DATABASE_UNAVAILABLE_DIGEST, so the error page of
// a request that was already running says what happened.
import { PrismaPg } from '@prisma/adapter-pg';
import { DATABASE_UNAVAILABLE_DIGEST } from '@/lib/db/database-unavailable-error';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { reportDatabaseFailure } from '@/lib/http/database-gate';

// A backstop against waiting forever on a black-holed database (a stopped one refuses at once, and
// proxy.ts's database gate answers 503 within a second or two). It also bounds the wait for a free
// pool slot, so it must stay well above what a busy server needs: 3 s failed requests under load.
const CONNECT_TIMEOUT_MS = 10_000;

/** Reports the error to the gate and, when it says the database is unreachable, marks it for the error pages. */
function noteFailure(error: unknown): unknown {
  if (reportDatabaseFailure(error) && error instanceof Error && !('digest' in error)) {
    Object.assign(error, { digest: DATABASE_UNAVAILABLE_DIGEST });
  }
  return error;
}

/** `poolSize`: the app passes DB_POOL_SIZE from lib/env.ts; scripts and tests keep the default. */
export function createPrismaClient(connectionString: string, poolSize = 10) {
  const adapter = new PrismaPg(
    { connectionString, max: poolSize, connectionTimeoutMillis: CONNECT_TIMEOUT_MS },
    { onPoolError: noteFailure, onConnectionError: noteFailure },
  );
  // The password hash never leaves the database unless a query asks for it by name.
  const client = new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
  const reporting = client.$extends({
    query: {
      async $allOperations({ args, query }) {
        try {
          const result: unknown = await query(args);
          return result;
        } catch (error) {
          throw noteFailure(error);
        }
      },
    },
  });
  // This extension only watches errors: queries, results and transactions keep their types. Prisma
  // types an extended client apart, and its transaction client is then not a Prisma.TransactionClient,
  // which the actions' helpers take; so the client keeps the plain type (nothing here uses $on or $use,
  // which an extended client lacks).
  return reporting as unknown as typeof client;
}

export type Db = ReturnType<typeof createPrismaClient>;
