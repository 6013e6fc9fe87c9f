// Shared steps of the verification actions: the start of each (claimAction: the wrapper plus the
// version they loaded), bump that version under an optimistic lock, describe a conflict, revalidate.
import 'server-only';
import { revalidatePath, revalidateTag } from 'next/cache';
import type { z } from 'zod';
import { beginClaimPurge } from '@/lib/cache-purge/claim-purge';
import { describeEventBriefly } from '@/lib/i18n/event-text';
import type { Locale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/localise';
import { localiseWorkflow } from '@/lib/i18n/workflow-text';
import { PUBLICATION_TRANSITIONS, publicationAfterChange, type Check, type Readiness } from '@/lib/claims/workflow';
import { db } from '@/lib/db';
import { claimOwners, notify } from '@/lib/notifications/notify';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Publication } from '@/lib/generated/prisma/enums';
import type { Permission } from '@/lib/permissions';
import { adviseStatement } from '@/lib/claims/statement-rules';
import type { Translator } from '@/lib/i18n/localise';
import { tagsForClaim } from '@/lib/public-tags';
import { recordFormAction, type RecordContext } from './define-action';
import type { ActionResult } from './result';

export type Tx = Prisma.TransactionClient;

const CLAIM_SELECT = {
  id: true,
  /** Where it was said: the desk pages and public source records to refresh after a change. */
  attributions: { select: { articleId: true, sourceId: true, quoteText: true } },
  /** The statement, checked against the quotes before it may go to readers (statement-rules.ts). */
  summary: true,
  version: true,
  status: true,
  explanation: true,
  publication: true,
  publishedAt: true,
  verdictById: true,
  assigneeId: true,
  assignee: { select: { name: true } },
  _count: { select: { evidence: true } },
} satisfies Prisma.ClaimSelect;

export type LoadedClaim = Prisma.ClaimGetPayload<{ select: typeof CLAIM_SELECT }>;

export function readinessOf(claim: LoadedClaim, changes: Partial<Readiness> = {}): Readiness {
  return { status: claim.status, explanation: claim.explanation, evidenceCount: claim._count.evidence, ...changes };
}

/** The statement rules that stop a claim going to review or to readers, in the caller's language. */
export function refuseUnfitStatement(claim: LoadedClaim, t: Translator, values: Record<string, string>): ActionResult<never> | null {
  const { errors } = adviseStatement(
    claim.summary,
    claim.attributions.map((a) => a.quoteText),
  );
  if (errors.length === 0) return null;
  return { ok: false, message: errors.map((error) => t(`Statement.${error}`)).join(' '), values };
}

/** A workflow rule's refusal, in the editor's language. */
export function refuse(check: Extract<Check, { ok: false }>, locale: Locale, values?: Record<string, string>): ActionResult<never> {
  const message = localiseWorkflow(locale, check.message);
  return {
    ok: false,
    message,
    ...(check.field ? { errors: { [check.field]: [message] } } : {}),
    ...(values ? { values } : {}),
  };
}

/**
 * An action on the claim page: the wrapper's start (session, permission, input, the claim not
 * deleted), then the claim at exactly the version the editor loaded, or a conflict message.
 */
export function claimAction<S extends z.ZodType<{ version: number }>>(
  permission: Permission,
  schema: S,
  conflict: ConflictOptions,
  run: (context: RecordContext<z.output<S>, LoadedClaim>) => Promise<ActionResult>,
) {
  const spec = { permission, schema, nameSingleProblem: true, missing: 'VerificationActions.noSuchClaim', load: loadClaim };
  return recordFormAction(spec, async (context) => {
    const { row, input, values, locale } = context;
    return row.version === input.version ? run(context) : conflictResult(row.id, input.version, values, conflict, locale);
  });
}

function loadClaim(id: string): Promise<LoadedClaim | null> {
  return db.claim.findFirst({ where: { id, deletedAt: null }, select: CLAIM_SELECT });
}

/**
 * Applies `data` and bumps the version only if nobody saved since `version` was loaded. The row lock
 * taken here serialises concurrent saves: a second one re-reads the new version and matches nothing.
 */
export async function bumpVersion(
  tx: Tx,
  claimId: string,
  version: number,
  data: Prisma.ClaimUncheckedUpdateManyInput = {},
): Promise<boolean> {
  const updated = await tx.claim.updateMany({
    where: { id: claimId, version, deletedAt: null },
    data: { ...data, version: { increment: 1 } },
  });
  return updated.count === 1;
}

export interface ConflictOptions {
  /** For forms with typed input: the refused form gets the current version, so saving again is a deliberate choice. */
  offerOverwrite: boolean;
}

/** "Dewi Editor changed the status (status Unstarted → False)": what happened since this version. */
export async function conflictResult(
  claimId: string,
  loadedVersion: number,
  values: Record<string, string>,
  { offerOverwrite }: ConflictOptions,
  // English for a caller that does not say (the claim form's actions, lib/actions/claims.ts, for now).
  locale: Locale = 'en',
): Promise<ActionResult<never>> {
  const t = translatorFor(locale);
  const [current, events] = await Promise.all([
    db.claim.findUnique({ where: { id: claimId }, select: { version: true, deletedAt: true } }),
    db.claimEvent.findMany({
      where: { claimId, after: { path: ['version'], gt: loadedVersion } },
      orderBy: { at: 'asc' },
      take: 20,
      select: { kind: true, before: true, after: true, actor: { select: { name: true } } },
    }),
  ]);
  if (!current || current.deletedAt) return { ok: false, message: t('VerificationActions.deletedMeanwhile'), values };
  const changes = events.map((e) => `${e.actor.name} ${describeEventBriefly(locale, e)}`);
  const what = changes.length ? [t('VerificationActions.sinceOpened', { changes: changes.join('; ') })] : [];
  const next = offerOverwrite ? t('VerificationActions.keepInput') : t('VerificationActions.reload');
  return {
    ok: false,
    message: [t('VerificationActions.conflict'), ...what, next].join(' '),
    values: offerOverwrite ? { ...values, version: String(current.version) } : values,
  };
}

export interface ClaimPlaces {
  id: string;
  attributions: readonly { articleId: string; sourceId: string | null }[];
}

/** The claim's desk pages, and (when readers' view changed) the cache tags of its public pages. */
export function revalidateClaim(claim: ClaimPlaces, publicChanged: boolean) {
  revalidatePath(`/desk/claims/${claim.id}`);
  for (const articleId of new Set(claim.attributions.map((a) => a.articleId))) revalidatePath(`/desk/articles/${articleId}`);
  revalidatePath('/desk');
  // Expire at once (not stale-while-revalidate): readers must never see a withdrawn verdict.
  if (publicChanged) for (const tag of tagsForClaim(claim.id, claim.attributions)) revalidateTag(tag, { expire: 0 });
}

/** In the change's transaction: the audit event of one field that changed (status, explanation). */
export async function recordFieldChange(
  tx: Tx,
  change: {
    claimId: string;
    actorId: string;
    kind: 'STATUS_CHANGED' | 'EXPLANATION_CHANGED';
    field: 'status' | 'explanation';
    from: string;
    to: string;
    version: number;
  },
) {
  const { claimId, actorId, kind, field, from, to, version } = change;
  await tx.claimEvent.create({ data: { claimId, actorId, kind, before: { [field]: from }, after: { [field]: to, version } } });
}

/** In the transaction of a change to a published claim: the dated note readers will see, and its event. */
export async function recordCorrection(tx: Tx, claimId: string, actorId: string, what: string[], why: string, version: number) {
  // revalidateClaim expires the public pages after a correction, so the proxy in front drops them too.
  await (await beginClaimPurge(tx, claimId)).enqueue();
  const note = what.join('; ');
  const correction = await tx.correction.create({ data: { claimId, what: note, why, authorId: actorId }, select: { id: true } });
  await tx.claimEvent.create({
    data: {
      claimId,
      actorId,
      kind: 'CORRECTED',
      before: { publication: PUBLICATION_TRANSITIONS.correct.from[0] },
      after: { publication: PUBLICATION_TRANSITIONS.correct.to, correctionId: correction.id, what: note, why, version },
    },
  });
  await notify(tx, await claimOwners(tx, claimId), { kind: 'VERDICT_OUTCOME', claimId, actorId, data: { outcome: 'corrected' } });
}

/** Claim fields for a content change: on a published claim it is a correction, back to review (the workflow table). */
export function correctionData(publication: Publication): Prisma.ClaimUncheckedUpdateManyInput {
  const next = publicationAfterChange(publication);
  return next === publication ? {} : { publication: next, reviewedById: null };
}
