// The outbox of proxy purges (model CachePurge). A change readers see writes its purges in its own
// transaction, so they cannot be lost between the commit and the proxy; any app instance then sends
// them. Rows are claimed with FOR UPDATE SKIP LOCKED and a short lease, so several instances drain at
// once without sending a row twice at the same time, and a row whose sender died is sent again
// after its lease. A sent row is deleted; a failed one waits (retry.ts) and is tried again.
import { z } from 'zod';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Db } from '@/lib/db/create-client';
import type { PurgePath } from './purge-plan';
import { retryDelayMs } from './retry';
import type { SendPurge } from './send-purge';

/** How long a claimed row is reserved for the instance sending it. */
const LEASE_MS = 30_000;
/**
 * New rows are left to the instance that wrote them for this long: it sends them right after the
 * response (purge-soon.ts), once its page cache has dropped the old verdict. Another instance takes
 * them only if that did not happen (a crash).
 */
export const ORIGIN_GRACE_MS = 5_000;

const pathsSchema = z.array(z.object({ path: z.string().startsWith('/'), scope: z.enum(['path', 'tree']) }));

export async function enqueuePurges(tx: Prisma.TransactionClient, targets: readonly string[], reason: string, paths: PurgePath[]) {
  const availableAt = new Date(Date.now() + ORIGIN_GRACE_MS);
  const rows = targets.map((target) => ({ target, reason, paths: paths.map((p) => ({ ...p })), availableAt }));
  const created = await tx.cachePurge.createManyAndReturn({ data: rows, select: { id: true } });
  return created.map((row) => row.id);
}

interface ClaimedRow {
  id: string;
  target: string;
  paths: unknown;
  reason: string;
  attempts: number;
}

export interface DrainOptions {
  send: SendPurge;
  /** Only these rows, if they were never tried (the writer's own purges, sent at once). */
  ids?: readonly string[];
  limit?: number;
  log?: (line: string) => void;
}

/** Sends what is due; returns how many rows were sent and how many failed (and wait for a retry). */
export async function drainPurgeOutbox(db: Db, { send, ids, limit = 20, log = console.warn }: DrainOptions) {
  const due = ids
    ? db.$queryRaw<ClaimedRow[]>`
        UPDATE "CachePurge" SET "attempts" = "attempts" + 1, "availableAt" = (now() AT TIME ZONE 'UTC') + ${LEASE_MS} * interval '1 millisecond'
        WHERE id IN (SELECT id FROM "CachePurge" WHERE id = ANY(${[...ids]}::text[]) AND "attempts" = 0 FOR UPDATE SKIP LOCKED)
        RETURNING id, target, paths, reason, attempts`
    : db.$queryRaw<ClaimedRow[]>`
        UPDATE "CachePurge" SET "attempts" = "attempts" + 1, "availableAt" = (now() AT TIME ZONE 'UTC') + ${LEASE_MS} * interval '1 millisecond'
        WHERE id IN (
          SELECT id FROM "CachePurge" WHERE "availableAt" <= (now() AT TIME ZONE 'UTC')
          ORDER BY "availableAt" LIMIT ${limit} FOR UPDATE SKIP LOCKED)
        RETURNING id, target, paths, reason, attempts`;
  const rows = await due;
  let sent = 0;
  let failed = 0;
  await Promise.all(
    rows.map(async (row) => {
      try {
        await send(row.target, pathsSchema.parse(typeof row.paths === 'string' ? JSON.parse(row.paths) : row.paths));
        await db.cachePurge.delete({ where: { id: row.id } });
        sent += 1;
      } catch (error) {
        failed += 1;
        const reason = error instanceof Error ? error.message : String(error);
        const wait = retryDelayMs(row.attempts);
        log(`cache purge for ${row.reason} at ${row.target} failed (try ${row.attempts}): ${reason}; trying again in ${wait / 1000} s`);
        await db.cachePurge.update({
          where: { id: row.id },
          data: { availableAt: new Date(Date.now() + wait), lastError: reason.slice(0, 1000) },
        });
      }
    }),
  );
  return { sent, failed };
}
