// What happens to a stored reader snapshot that does not parse. It is logged, and rebuilt only from
// a state known to be the approved one:
// - an older version (1 or 2) holds what was approved: the database converts it to version 3;
// - a claim that is PUBLISHED with no desk change since approval (publicOutOfDate is null) has a
//   row equal to what was approved (every reader-visible change moves it to review or flags it):
//   it is rebuilt from the row;
// - anything else (a correction in review, a flagged claim, a quote that cannot be found) cannot be
//   rebuilt safely: the claim leaves the public pages and is flagged until it is approved again.
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { readSnapshot, type PublicSnapshot } from '@/lib/claims/public-snapshot';
import { encodeNote } from '@/lib/i18n/correction-note';

/** The desk's flag, in the editor's language when shown (lib/i18n/correction-note.ts). */
export const UNREADABLE_SNAPSHOT = encodeNote([{ key: 'unreadableSnapshot' }]);

interface StoredRow {
  id: string;
  publication: string;
  publicOutOfDate: string | null;
  publicSnapshot: unknown;
}

/** A readable snapshot for `row`, repaired in the database if need be; null if it cannot be shown. */
export async function snapshotOrRepair(row: StoredRow): Promise<PublicSnapshot | null> {
  const reading = readSnapshot(row.publicSnapshot);
  if (reading.ok) return reading.snapshot;
  console.error(
    `[public-snapshot] claim ${row.id}: unreadable snapshot (${reading.oldVersion ? 'old version' : reading.problem}); repairing`,
  );
  const stored = JSON.stringify(row.publicSnapshot);
  // Only the snapshot that was read is replaced: a concurrent approval wins.
  const rebuilt = reading.oldVersion
    ? await db.$queryRaw<{ snapshot: unknown }[]>`UPDATE "Claim" SET "publicSnapshot" = claimdesk_snapshot_to_v3("publicSnapshot")
        WHERE id = ${row.id} AND "publicSnapshot" = ${stored}::jsonb RETURNING "publicSnapshot" AS snapshot`
    : row.publication === 'PUBLISHED' && row.publicOutOfDate === null
      ? await db.$queryRaw<{ snapshot: unknown }[]>`UPDATE "Claim" SET "publicSnapshot" = claimdesk_public_snapshot(id)
          WHERE id = ${row.id} AND "publicSnapshot" = ${stored}::jsonb RETURNING "publicSnapshot" AS snapshot`
      : [];
  const again = rebuilt[0] ? readSnapshot(rebuilt[0].snapshot) : null;
  if (again?.ok) return again.snapshot;
  console.error(`[public-snapshot] claim ${row.id}: could not be rebuilt safely; hidden from readers until approved again`);
  await db.claim.updateMany({ where: { id: row.id }, data: { publicSnapshot: Prisma.DbNull, publicOutOfDate: UNREADABLE_SNAPSHOT } });
  return null;
}
