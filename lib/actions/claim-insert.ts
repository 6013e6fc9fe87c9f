// Creating a claim or another attribution of one, shared by the workspace form and accepted
// suggestions: the anchor check against the article body, the source lookup, the rows and their audit events.
import 'server-only';
import { describeSpan } from '@/lib/anchoring';
import { spanProblemKey } from '@/lib/i18n/anchoring-text';
import { isVerdict } from '@/lib/claims/status';
import { normalizeLineEndings } from '@/lib/line-endings';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { AttributionFields, ClaimFields } from '@/lib/schemas/claim';
import { findOrCreateSource } from './claim-source';

export interface ClaimAnchor {
  quoteStart: number;
  quoteEnd: number;
  quoteText: string;
  quotePrefix: string;
  quoteSuffix: string;
}

/** The selection must still be exactly these words of this article's body. */
export function anchorInBody(
  body: string,
  fields: Pick<ClaimFields, 'quoteStart' | 'quoteEnd' | 'quoteText'>,
): { ok: true; anchor: ClaimAnchor } | { ok: false; message: string } {
  const described = describeSpan(body, fields.quoteStart, fields.quoteEnd);
  if (!described.ok) return { ok: false, message: spanProblemKey(described.problem) };
  if (described.anchor.exact !== normalizeLineEndings(fields.quoteText)) {
    return {
      ok: false,
      message: 'ClaimActions.wordsMoved',
    };
  }
  const { start, end, exact, prefix, suffix } = described.anchor;
  return { ok: true, anchor: { quoteStart: start, quoteEnd: end, quoteText: exact, quotePrefix: prefix, quoteSuffix: suffix } };
}

/** What the workspace's claim actions answer: the claim, and these words' attribution of it. */
export interface SavedPlace {
  claimId: string;
  attributionId: string;
}

interface InsertAttribution {
  articleId: string;
  fields: AttributionFields;
  anchor: ClaimAnchor;
  userId: string;
  /** Recorded in the audit event: typed by hand, or accepted from a suggestion. */
  origin: 'manual' | 'suggestion';
}

/** The attribution columns of a selection (source found or created by name). */
async function attributionData(tx: Prisma.TransactionClient, { articleId, fields, anchor, userId }: InsertAttribution) {
  const sourceId = await findOrCreateSource(tx, fields.sourceName, fields.sourceKind);
  return { ...anchor, articleId, sourceId, cue: fields.cue, stance: fields.stance, createdById: userId };
}

/** What an attribution event records: enough to read the history without the row. */
export function describeAttribution(a: { quoteText: string; cue: string; stance: string; articleId: string }, sourceName: string | null) {
  return { quote: a.quoteText, sourceName, cue: a.cue, stance: a.stance, articleId: a.articleId };
}

/** A new claim (the statement) with its first attribution (where it was said), and their events. */
export async function insertClaim(tx: Prisma.TransactionClient, input: InsertAttribution & { fields: ClaimFields; language: string }) {
  const { fields, userId, origin } = input;
  const data = await attributionData(tx, input);
  const created = await tx.claim.create({
    data: {
      summary: fields.summary,
      status: fields.status,
      language: input.language,
      createdById: userId,
      verdictById: isVerdict(fields.status) ? userId : null,
    },
    select: { id: true },
  });
  const attribution = await tx.attribution.create({ data: { ...data, claimId: created.id }, select: { id: true } });
  await tx.claimEvent.create({
    data: {
      claimId: created.id,
      actorId: userId,
      kind: 'CREATED',
      after: { summary: fields.summary, status: fields.status, ...describeAttribution(data, fields.sourceName || null), origin },
    },
  });
  return { id: created.id, attributionId: attribution.id };
}

/** Another place an existing claim was said, with its ATTRIBUTION_ADDED event on the claim. */
export async function insertAttribution(tx: Prisma.TransactionClient, claimId: string, input: InsertAttribution) {
  const data = await attributionData(tx, input);
  const created = await tx.attribution.create({ data: { ...data, claimId }, select: { id: true } });
  await tx.claimEvent.create({
    data: {
      claimId,
      actorId: input.userId,
      kind: 'ATTRIBUTION_ADDED',
      after: { attributionId: created.id, ...describeAttribution(data, input.fields.sourceName || null), origin: input.origin },
    },
  });
  return { id: claimId, attributionId: created.id };
}
