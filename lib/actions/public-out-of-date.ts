// A desk change that would alter what readers see of a published claim (its source renamed, merged
// or re-kinded; its article's text or details corrected) does not reach the public page. In the
// change's transaction, each public claim whose fresh snapshot would differ from the approved one in
// its attributions (source, article, quote; one added, moved or removed) is flagged "public page out of date" and goes through review as a
// correction, with a dated note; readers keep the approved snapshot until a second editor approves.
import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Publication } from '@/lib/generated/prisma/enums';
import { appendNote, encodeNote, type CorrectionNoteKey, type NotePart } from '@/lib/i18n/correction-note';
import { correctionData, recordCorrection, type Tx } from './verification-core';

/**
 * For the correction note and the flag, as catalogue keys (CorrectionNote.*) with their values, so
 * readers and editors read them in their own language: what changed ("source name “A” → “B”"), and why.
 */
export interface DeskChange {
  what: NotePart[];
  why: CorrectionNoteKey;
}

export interface FlaggedClaim {
  id: string;
}

export type OutOfDateScope = { sourceId: string } | { articleId: string } | { claimIds: string[] };

function scopeSql(scope: OutOfDateScope): Prisma.Sql {
  if ('claimIds' in scope) return scope.claimIds.length ? Prisma.sql`c.id IN (${Prisma.join(scope.claimIds)})` : Prisma.sql`false`;
  const attributed = 'sourceId' in scope ? Prisma.sql`t."sourceId" = ${scope.sourceId}` : Prisma.sql`t."articleId" = ${scope.articleId}`;
  return Prisma.sql`c.id IN (SELECT t."claimId" FROM "Attribution" t WHERE ${attributed})`;
}

/** Flags the public claims of a source, an article or a list that the change made out of date. */
export async function flagOutOfDatePublicClaims(
  tx: Tx,
  scope: OutOfDateScope,
  actorId: string,
  change: DeskChange,
): Promise<FlaggedClaim[]> {
  const rows = await tx.$queryRaw<(FlaggedClaim & { publication: Publication; publicOutOfDate: string | null; quoteLost: boolean })[]>`
    SELECT c.id, c.publication::text AS publication, c."publicOutOfDate", f.fresh IS NULL AS "quoteLost"
    FROM "Claim" c CROSS JOIN LATERAL (SELECT claimdesk_public_snapshot(c.id) AS fresh) f
    WHERE ${scopeSql(scope)} AND c."publicSnapshot" IS NOT NULL AND c."deletedAt" IS NULL AND c.publication <> 'DRAFT'
      AND (f.fresh IS NULL OR f.fresh->'attributions' IS DISTINCT FROM c."publicSnapshot"->'attributions')
    ORDER BY c.id FOR UPDATE OF c`;
  for (const claim of rows) {
    const what: NotePart[] = claim.quoteLost ? [...change.what, { key: 'quoteLost' }] : change.what;
    // A published claim goes back to review; one already in review just gains the flag.
    const toReview = correctionData(claim.publication);
    // Changes add up until approval: the flag lists each of them.
    const reason = appendNote(claim.publicOutOfDate, what);
    const updated = await tx.claim.update({
      where: { id: claim.id },
      data: { ...toReview, publicOutOfDate: reason, version: { increment: 1 } },
      select: { version: true },
    });
    await recordCorrection(tx, claim.id, actorId, [encodeNote(what)], encodeNote([{ key: change.why }]), updated.version);
  }
  return rows.map(({ id }) => ({ id }));
}
