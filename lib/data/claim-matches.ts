// "Has this been checked before?" for the desk: the matcher's ranked claims for a text (a selected
// quote, a statement being typed, a suggestion), with what the editor needs to choose among them:
// the statement, its status, and the verdict readers see if it is published.
import 'server-only';
import { requirePermission } from '@/lib/auth/guard';
import { db } from '@/lib/db';
import { findSourceByName } from '@/lib/db/find-source';
import { matchPool } from '@/lib/db/match-pool';
import type { ClaimStatus, Publication, Stance } from '@/lib/generated/prisma/enums';
import { matchClaims, type MatchNotice } from '@/lib/matching/match-claims';

/** Matches offered beside the claim form. */
export const OFFERED_MATCHES = 5;
/**
 * When a suggestion is offered as "checked before": the text and the claim are mostly the same words
 * both ways (the same statement repeated), not merely on the same topic. A share, so it means the same
 * on a desk of 100 claims or 100,000; weaker matches appear only in the claim form's ranked list,
 * where the editor chooses.
 */
const SAME_CLAIM_OVERLAP = 0.6;

export function looksLikeSameClaim(match: Pick<DeskClaimMatch, 'overlap'>): boolean {
  return match.overlap >= SAME_CLAIM_OVERLAP;
}

export interface DeskClaimMatch {
  id: string;
  summary: string;
  status: ClaimStatus;
  publication: Publication;
  /** The verdict readers see (from the approved snapshot), or null when it is not public. */
  publicStatus: ClaimStatus | null;
  places: number;
  score: number;
  overlap: number;
}

export interface MatchContextInput {
  language?: string;
  stance?: Stance;
  sourceName?: string;
}

export async function findClaimMatches(
  text: string,
  context: MatchContextInput = {},
  limit = OFFERED_MATCHES,
): Promise<{ matches: DeskClaimMatch[]; notice: MatchNotice | null }> {
  await requirePermission('desk:read');
  const language = context.language === 'en' || context.language === 'id' ? context.language : undefined;
  const sourceId = context.sourceName ? await sourceIdByName(context.sourceName) : null;
  const result = await matchClaims(matchPool(), text, { scope: 'desk', limit, language, stance: context.stance, sourceId });
  if (result.matches.length === 0) return { matches: [], notice: result.notice };
  const ids = result.matches.map((m) => m.claim.id);
  const rows = await db.claim.findMany({
    where: { id: { in: ids }, deletedAt: null },
    select: { id: true, summary: true, status: true, publication: true, publicSnapshot: true, _count: { select: { attributions: true } } },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const matches = result.matches.flatMap(({ claim, score, overlap }) => {
    const row = byId.get(claim.id);
    if (!row) return [];
    const snapshot = row.publicSnapshot as { status?: ClaimStatus } | null;
    return [
      {
        id: row.id,
        summary: row.summary,
        status: row.status,
        publication: row.publication,
        publicStatus: snapshot?.status ?? null,
        places: row._count.attributions,
        score,
        overlap,
      },
    ];
  });
  return { matches, notice: result.notice };
}

async function sourceIdByName(name: string): Promise<string | null> {
  return (await findSourceByName(db, name))?.id ?? null;
}
