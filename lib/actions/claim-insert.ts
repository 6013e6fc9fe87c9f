// Creating a claim, shared by the workspace form and accepted suggestions: the anchor check
// against the article body, the source lookup, the row and its CREATED audit event.
import 'server-only';
import { describeSpan } from '@/lib/anchoring';
import { isVerdict } from '@/lib/claims/status';
import { normalizeLineEndings } from '@/lib/line-endings';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { ClaimFields } from '@/lib/schemas/claim';
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
  if (!described.ok) return { ok: false, message: described.reason };
  if (described.anchor.exact !== normalizeLineEndings(fields.quoteText)) {
    return {
      ok: false,
      message: 'The selected words are not at that place in this article (was it corrected meanwhile?). Select them again.',
    };
  }
  const { start, end, exact, prefix, suffix } = described.anchor;
  return { ok: true, anchor: { quoteStart: start, quoteEnd: end, quoteText: exact, quotePrefix: prefix, quoteSuffix: suffix } };
}

interface InsertClaim {
  articleId: string;
  fields: ClaimFields;
  anchor: ClaimAnchor;
  userId: string;
  /** Recorded in the audit event: typed by hand, or accepted from a suggestion. */
  origin: 'manual' | 'suggestion';
}

export async function insertClaim(tx: Prisma.TransactionClient, { articleId, fields, anchor, userId, origin }: InsertClaim) {
  const { sourceName, sourceKind, quoteStart: _start, quoteEnd: _end, quoteText: _text, ...rest } = fields;
  const sourceId = await findOrCreateSource(tx, sourceName, sourceKind);
  const created = await tx.claim.create({
    data: { ...rest, ...anchor, articleId, sourceId, createdById: userId, verdictById: isVerdict(rest.status) ? userId : null },
    select: { id: true },
  });
  await tx.claimEvent.create({
    data: {
      claimId: created.id,
      actorId: userId,
      kind: 'CREATED',
      after: { ...rest, quote: anchor.quoteText, sourceName: sourceName || null, origin },
    },
  });
  return created;
}
