'use server';
// The two ways an editor resolves a "source changed" item on the desk home: "no effect on the
// verdict" with a reason, or "open a correction", which records the resolution and sends the
// editor to the claim page's correction flow. Each is audited as a ClaimEvent in the same
// transaction. The change's page text becomes the watch's new baseline, so the same edit is not
// flagged again tomorrow. Resolving twice (two editors at once) changes nothing the second time.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { db } from '@/lib/db';
import type { SourceChangeState } from '@/lib/generated/prisma/enums';
import type { Translator } from '@/lib/i18n/localise';
import { noEffectSchema, openCorrectionSchema } from '@/lib/schemas/source-change';
import { recordFormAction } from './define-action';
import type { ActionResult } from './result';

const CHANGE = {
  id: true,
  kind: true,
  state: true,
  afterId: true,
  evidenceId: true,
  resolvedBy: { select: { name: true } },
  evidence: { select: { title: true, url: true, claimId: true } },
} as const;

type LoadedChange = NonNullable<Awaited<ReturnType<typeof loadChange>>>;

function loadChange(id: string) {
  return db.sourceChange.findFirst({ where: { id, evidence: { claim: { deletedAt: null } } }, select: CHANGE });
}

function alreadyResolved(t: Translator, change: { state: SourceChangeState; resolvedBy: { name: string } | null }): ActionResult {
  return { ok: false, message: t('SourceChanges.alreadyResolved', { name: change.resolvedBy?.name ?? '—', state: change.state }) };
}

/** Resolves the change if it is still open; false when someone else resolved it first. */
async function resolve(change: LoadedChange, actorId: string, state: 'NO_EFFECT' | 'CORRECTION', reason: string | null): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.sourceChange.updateMany({
      where: { id: change.id, state: 'OPEN' },
      data: { state, reason, resolvedById: actorId, resolvedAt: new Date() },
    });
    if (count === 0) return false;
    await tx.evidence.update({ where: { id: change.evidenceId }, data: { watchBaselineId: change.afterId } });
    await tx.claimEvent.create({
      data: {
        claimId: change.evidence.claimId,
        actorId,
        kind: state === 'NO_EFFECT' ? 'SOURCE_CHANGE_NO_EFFECT' : 'SOURCE_CHANGE_CORRECTION',
        before: { sourceChangeId: change.id, change: change.kind },
        after: {
          evidenceId: change.evidenceId,
          evidenceTitle: change.evidence.title,
          url: change.evidence.url,
          ...(reason ? { reason } : {}),
        },
      },
    });
    return true;
  });
}

async function resolveOrRefuse(
  change: LoadedChange,
  actorId: string,
  t: Translator,
  state: 'NO_EFFECT' | 'CORRECTION',
  reason: string | null,
): Promise<ActionResult | null> {
  if (change.state !== 'OPEN') return alreadyResolved(t, change);
  if (await resolve(change, actorId, state, reason)) {
    revalidatePath('/desk');
    revalidatePath(`/desk/claims/${change.evidence.claimId}`);
    return null;
  }
  const now = await loadChange(change.id);
  return alreadyResolved(t, now ?? { ...change, state, resolvedBy: null });
}

const SPEC = { permission: 'claim:write', missing: 'SourceChanges.noSuchChange', load: loadChange } as const;

export const resolveSourceChangeNoEffectAction = recordFormAction(
  { ...SPEC, schema: noEffectSchema, nameSingleProblem: true },
  async ({ row, user, input, t }) =>
    (await resolveOrRefuse(row, user.id, t, 'NO_EFFECT', input.reason)) ?? { ok: true, message: t('SourceChanges.resolvedNoEffect') },
);

export const openSourceChangeCorrectionAction = recordFormAction({ ...SPEC, schema: openCorrectionSchema }, async ({ row, user, t }) => {
  const refused = await resolveOrRefuse(row, user.id, t, 'CORRECTION', null);
  if (refused) return refused;
  // redirect() throws, so it stays after the commit: the claim page opens its correction form.
  redirect(`/desk/claims/${row.evidence.claimId}?correct=${encodeURIComponent(row.id)}#verdict-heading`);
});
