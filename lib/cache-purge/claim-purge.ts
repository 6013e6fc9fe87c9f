// Inside the transaction of a change readers see (publish, correction, unpublish): the proxy purges
// for that claim, written to the outbox in the same transaction. Reads the sources the public view
// names before and after the change, so a correction that moves the claim to another source purges
// both source records.
import 'server-only';
import { getEnv } from '@/lib/env';
import type { Prisma } from '@/lib/generated/prisma/client';
import { enqueuePurges } from './outbox';
import { purgePathsForClaim } from './purge-plan';
import { purgeSoon } from './purge-soon';

export interface ClaimPurge {
  /** Call once the change is written, still inside its transaction. */
  enqueue(): Promise<void>;
}

const NOTHING: ClaimPurge = { enqueue: () => Promise.resolve() };

/** Call at the start of the transaction, before the change; without CACHE_PURGE_TARGETS it does nothing. */
export async function beginClaimPurge(tx: Prisma.TransactionClient, claimId: string): Promise<ClaimPurge> {
  const targets = getEnv().CACHE_PURGE_TARGETS;
  if (targets.length === 0) return NOTHING;
  const before = await publicSourceIds(tx, claimId);
  return {
    async enqueue() {
      const after = await publicSourceIds(tx, claimId);
      const paths = purgePathsForClaim({ claimId, sourceIds: [...before, ...after] });
      purgeSoon(await enqueuePurges(tx, targets, `claim ${claimId}`, paths));
    },
  };
}

/** The sources of the claim's attributions on the desk and in its public snapshot. */
async function publicSourceIds(tx: Prisma.TransactionClient, claimId: string) {
  const rows = await tx.$queryRaw<{ sourceId: string | null }[]>`
    SELECT "sourceId" FROM "Attribution" WHERE "claimId" = ${claimId}
    UNION SELECT jsonb_path_query("publicSnapshot", '$.attributions[*].source.id') #>> '{}' FROM "Claim" WHERE id = ${claimId}`;
  return rows.map((row) => row.sourceId);
}
