// Everything the claim page shows: the claim, every place it was said (each quote in its paragraph),
// its evidence, corrections and history,
// and who it can be assigned to.
import 'server-only';
import { requirePermission } from '@/lib/auth/guard';
import { paragraphAround } from '@/lib/claims/body-segments';
import { changesContent } from '@/lib/claims/workflow';
import { db } from '@/lib/db';
import type { ClaimStatus } from '@/lib/generated/prisma/enums';
import { isRecordId } from '@/lib/record-id';

const person = { select: { id: true, name: true } } as const;

export async function getClaimPage(id: string) {
  await requirePermission('desk:read');
  if (!isRecordId(id)) return null;
  const claim = await db.claim.findFirst({
    where: { id, deletedAt: null },
    select: {
      id: true,
      summary: true,
      language: true,
      status: true,
      explanation: true,
      publication: true,
      publishedAt: true,
      version: true,
      updatedAt: true,
      publicSnapshot: true,
      publicOutOfDate: true,
      assignee: person,
      verdictBy: person,
      reviewedBy: person,
      createdBy: person,
      attributions: {
        orderBy: [{ article: { publishedAt: { sort: 'asc', nulls: 'last' } } }, { createdAt: 'asc' }, { id: 'asc' }],
        select: {
          id: true,
          quoteStart: true,
          quoteEnd: true,
          quoteText: true,
          needsAttention: true,
          cue: true,
          stance: true,
          createdAt: true,
          createdBy: person,
          source: { select: { id: true, name: true, kind: true } },
          article: {
            select: { id: true, title: true, publisher: true, url: true, publishedAt: true, publishedUtcOffset: true, body: true },
          },
        },
      },
      evidence: {
        orderBy: { createdAt: 'asc' },
        select: {
          id: true,
          url: true,
          title: true,
          note: true,
          relation: true,
          createdAt: true,
          addedBy: person,
          archiveState: true,
          archiveError: true,
          archiveCapture: { select: { id: true, capturedAt: true, waybackUrl: true } },
        },
      },
      corrections: { orderBy: { at: 'desc' }, select: { id: true, what: true, why: true, at: true, author: person } },
      mergedClaims: { select: { id: true, mergedClaims: { select: { id: true } } } },
    },
  });
  if (!claim) return null;
  // The history of a claim includes the claims merged into it (their events stay theirs: the log is append-only).
  const merged = claim.mergedClaims.flatMap((m) => [m.id, ...m.mergedClaims.map((n) => n.id)]);
  const events = await db.claimEvent.findMany({
    where: { claimId: { in: [claim.id, ...merged] } },
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    take: 200,
    select: { id: true, kind: true, before: true, after: true, at: true, actor: person },
  });
  const { publicSnapshot, attributions, mergedClaims: _merged, ...rest } = claim;
  // While a correction is reviewed, readers still see the last approved verdict: say which.
  const publicStatus =
    publicSnapshot && typeof publicSnapshot === 'object' && 'status' in publicSnapshot ? (publicSnapshot.status as ClaimStatus) : null;
  return {
    ...rest,
    events,
    publicStatus,
    attributions: attributions.map(({ article: { body, ...article }, ...attribution }) => ({
      ...attribution,
      article,
      context: attribution.needsAttention ? null : quoteContext(body, attribution.quoteStart, attribution.quoteEnd),
    })),
  };
}

/** The quote's paragraph cut in three (before, quote, after), or just the quote if it lost its place. */
function quoteContext(body: string, start: number, end: number) {
  const paragraph = paragraphAround(body, start, end);
  if (!paragraph || end <= start) return null;
  return { before: body.slice(paragraph.start, start), quote: body.slice(start, end), after: body.slice(end, paragraph.end) };
}

export type ClaimPage = NonNullable<Awaited<ReturnType<typeof getClaimPage>>>;
export type ClaimPageEvidence = ClaimPage['evidence'][number];
export type ClaimPageAttribution = ClaimPage['attributions'][number];
export type ClaimPageEvent = ClaimPage['events'][number];

/** Editors and admins who can be given a claim to check. */
export async function listAssignableEditors() {
  await requirePermission('desk:read');
  return db.user.findMany({
    where: { disabled: false, role: { in: ['EDITOR', 'ADMIN'] } },
    orderBy: { name: 'asc' },
    select: { id: true, name: true },
  });
}

export interface ReviewAuthors {
  /** Who sent the claim to its current review (a submission or a correction). */
  submittedById: string | null;
  /** Who changed it since (lib/claims/workflow.ts, changesContent). */
  changedInReviewByIds: string[];
}

/** Those who may not approve the claim's current review, beside whoever set its verdict; "Approve" is hidden from them. */
export async function getReviewAuthors(claimId: string): Promise<ReviewAuthors> {
  await requirePermission('desk:read');
  const sent = await db.claimEvent.findFirst({
    where: { claimId, kind: { in: ['SUBMITTED', 'CORRECTED'] } },
    orderBy: { at: 'desc' },
    select: { actorId: true, at: true },
  });
  // Events of one transaction share its timestamp, so "since" includes the submission's own moment.
  // A claim put in review some other way (a data migration, say) counts every change it ever had.
  const since = await db.claimEvent.findMany({
    where: { claimId, ...(sent ? { at: { gte: sent.at } } : {}) },
    select: { actorId: true, kind: true },
  });
  const changers = since.filter((event) => changesContent(event.kind)).map((event) => event.actorId);
  return { submittedById: sent?.actorId ?? null, changedInReviewByIds: [...new Set(changers)] };
}
