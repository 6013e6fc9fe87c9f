'use server';
// Renaming, aliasing and merging sources. Each starts through the action wrapper (session,
// permission, input, the source row), because a server action is a public POST endpoint.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { mergeAliases } from '@/lib/claims/merge-aliases';
import { normalizeSourceName } from '@/lib/claims/source-name';
import { db } from '@/lib/db';
import type { NotePart } from '@/lib/i18n/correction-note';
import { localise } from '@/lib/i18n/localise';
import { Prisma } from '@/lib/generated/prisma/client';
import { mergeSourceSchema, renameSourceSchema, sourceAliasesSchema, sourceSameAsSchema } from '@/lib/schemas/source';
import { flagOutOfDatePublicClaims } from './public-out-of-date';
import { recordFormAction } from './define-action';

const NO_SUCH_SOURCE = 'SourceActions.noSuchSource';

/** Source names appear on article and claim pages too, so the whole desk is refreshed. */
function refreshDesk() {
  revalidatePath('/desk', 'layout');
}

/** The row every source action starts from; a merged-away source is gone, so it cannot be touched. */
const loadSource = (id: string) => db.source.findUnique({ where: { id }, select: { id: true } });

export const renameSourceAction = recordFormAction(
  { permission: 'source:write', schema: renameSourceSchema, missing: NO_SUCH_SOURCE, load: loadSource },
  async ({ user, input: { name, kind }, row: source, values, t }) => {
    const normalizedName = normalizeSourceName(name);
    const holder = await db.source.findUnique({ where: { normalizedName }, select: { id: true, name: true } });
    if (holder && holder.id !== source.id) {
      const taken = t('SourceActions.nameTaken', { name: holder.name });
      return { ok: false, message: taken, errors: { name: [taken] }, values };
    }
    try {
      const flagged = await db.$transaction(async (tx) => {
        const before = await tx.source.findUnique({ where: { id: source.id }, select: { name: true, kind: true } });
        if (!before) return null;
        await tx.source.update({ where: { id: source.id }, data: { name, normalizedName, kind } });
        // Readers keep the approved name and kind until each published claim's correction is approved.
        const changes: NotePart[] = [];
        if (before.name !== name) changes.push({ key: 'sourceRenamed', values: { from: before.name, to: name } });
        if (before.kind !== kind) changes.push({ key: 'sourceKind', values: { fromKind: before.kind, toKind: kind } });
        return flagOutOfDatePublicClaims(tx, { sourceId: source.id }, user.id, { what: changes, why: 'sourceWhy' });
      });
      if (!flagged) return { ok: false, message: t('SourceActions.noSuchSource'), values };
      refreshDesk();
      const note = flagged.length ? t('SourceActions.flagged', { count: flagged.length }) : '';
      return { ok: true, message: `${t('SourceActions.savedAs', { name })}${note}` };
    } catch (error) {
      // Another editor took the name between the check above and this write.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
        const taken = t('SourceActions.nameTaken', { name });
        return { ok: false, message: taken, errors: { name: [taken] }, values };
      }
      throw error;
    }
  },
);

export const updateSourceAliasesAction = recordFormAction(
  { permission: 'source:write', schema: sourceAliasesSchema, missing: NO_SUCH_SOURCE, load: loadSource },
  async ({ input: { aliases }, row: source, values, t }) => {
    const updated = await db.source.updateMany({ where: { id: source.id }, data: { aliases } });
    if (updated.count === 0) return { ok: false, message: t('SourceActions.noSuchSource'), values };
    refreshDesk();
    return { ok: true, message: t('SourceActions.aliasesSaved', { count: aliases.length }) };
  },
);

// Who the source is, for ClaimReview's itemReviewed.author.sameAs. Like a rename, it reaches readers
// with the next approval of each claim (the published snapshot is what was reviewed).
export const updateSourceSameAsAction = recordFormAction(
  { permission: 'source:write', schema: sourceSameAsSchema, missing: NO_SUCH_SOURCE, load: loadSource },
  async ({ input: { sameAs }, row: source, values, t }) => {
    const updated = await db.source.updateMany({ where: { id: source.id }, data: { sameAs } });
    if (updated.count === 0) return { ok: false, message: t('SourceActions.noSuchSource'), values };
    refreshDesk();
    return { ok: true, message: t('SourceActions.sameAsSaved', { count: sameAs.length }) };
  },
);

type MergeOutcome = { ok: true; movedLive: number } | { ok: false; message: string };

/** The merge itself, in the caller's transaction: either all of it happens or none of it. */
async function mergeInto(tx: Prisma.TransactionClient, actorId: string, mergedId: string, targetId: string): Promise<MergeOutcome> {
  // Lock both rows (taken in id order, so two opposite merges cannot deadlock). While the merged
  // source is locked no claim can be pointed at it, so every claim it has is moved before it is deleted.
  await tx.$queryRaw`SELECT id FROM "Source" WHERE id IN (${mergedId}, ${targetId}) ORDER BY id FOR UPDATE`;
  const select = { id: true, name: true, aliases: true } as const;
  const [merged, target] = await Promise.all([
    tx.source.findUnique({ where: { id: mergedId }, select }),
    tx.source.findUnique({ where: { id: targetId }, select }),
  ]);
  if (!merged) return { ok: false, message: 'SourceActions.noSuchSource' };
  if (!target) return { ok: false, message: 'SourceActions.noMergeTarget' };

  // Soft-deleted claims move too: deleting the source would otherwise leave them with no source.
  // The version bump makes a workspace form loaded before the merge refuse to write the old source back.
  const attributions = await tx.attribution.updateManyAndReturn({
    where: { sourceId: merged.id },
    data: { sourceId: target.id },
    select: { claimId: true },
  });
  const moved = await tx.claim.updateManyAndReturn({
    where: { id: { in: [...new Set(attributions.map((a) => a.claimId))] } },
    data: { version: { increment: 1 } },
    select: { id: true, deletedAt: true },
  });
  if (moved.length > 0) {
    await tx.claimEvent.createMany({
      data: moved.map((claim) => ({
        claimId: claim.id,
        actorId,
        kind: 'SOURCE_MERGED' as const,
        before: { sourceId: merged.id, sourceName: merged.name },
        after: { sourceId: target.id, sourceName: target.name },
      })),
    });
  }
  await tx.source.update({ where: { id: target.id }, data: { aliases: mergeAliases(target, merged) } });
  await tx.source.delete({ where: { id: merged.id } });
  await flagOutOfDatePublicClaims(tx, { sourceId: target.id }, actorId, {
    what: [{ key: 'sourceMerged', values: { from: merged.name, to: target.name } }],
    why: 'sourceMergedWhy',
  });
  // The target page lists live claims only, so that is the count it reports.
  return { ok: true, movedLive: moved.filter((claim) => claim.deletedAt === null).length };
}

/** Merges the source INTO the chosen target, then opens the target's page. */
export const mergeSourceAction = recordFormAction(
  { permission: 'source:write', schema: mergeSourceSchema, missing: NO_SUCH_SOURCE, load: loadSource },
  async ({ user, input: { targetId }, row: source, values, t, locale }) => {
    if (targetId === source.id) {
      const message = t('SourceActions.mergeIntoItself');
      return { ok: false, message, errors: { targetId: [message] }, values };
    }
    const outcome = await db.$transaction((tx) => mergeInto(tx, user.id, source.id, targetId));
    if (!outcome.ok) return { ok: false, message: localise(locale, outcome.message), values };
    refreshDesk();
    // redirect() throws, so it stays outside the transaction and after the commit.
    redirect(`/desk/sources/${targetId}?merged=${outcome.movedLive}`);
  },
);
