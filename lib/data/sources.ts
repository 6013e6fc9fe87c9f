// Reads for the Sources pages. Claim counts leave out soft-deleted claims, as the desk does everywhere.
import 'server-only';
import { requirePermission } from '@/lib/auth/guard';
import { normalizeSourceName } from '@/lib/claims/source-name';
import { db } from '@/lib/db';
import { findSourceByName } from '@/lib/db/find-source';
import { isRecordId } from '@/lib/record-id';

const ofLiveClaims = { where: { claim: { deletedAt: null } } } as const;

/** LIKE treats %, _ and \ as wildcards and escape: a search for "50%" must mean the text "50%". */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Ids of sources whose name or any alias contains `query`, ignoring case, accents and punctuation. */
async function matchingSourceIds(query: string): Promise<string[]> {
  const pattern = likePattern(query);
  const normalized = normalizeSourceName(query);
  const normalizedPattern = normalized === '' ? pattern : likePattern(normalized);
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Source"
    WHERE name ILIKE ${pattern}
       OR "normalizedName" LIKE ${normalizedPattern}
       OR EXISTS (SELECT 1 FROM unnest(aliases) AS alias WHERE alias ILIKE ${pattern})`;
  return rows.map((row) => row.id);
}

export async function listSources(query = '') {
  await requirePermission('desk:read');
  const ids = query === '' ? null : await matchingSourceIds(query);
  return db.source.findMany({
    where: ids ? { id: { in: ids } } : {},
    // The normalised name sorts "élysée" beside "Elysee" whatever the database collation.
    orderBy: [{ normalizedName: 'asc' }, { name: 'asc' }],
    select: { id: true, name: true, kind: true, aliases: true, _count: { select: { attributions: ofLiveClaims } } },
  });
}

export type SourceListRow = Awaited<ReturnType<typeof listSources>>[number];

export async function getSourceDetail(id: string) {
  await requirePermission('desk:read');
  if (!isRecordId(id)) return null;
  return db.source.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      kind: true,
      aliases: true,
      sameAs: true,
      attributions: {
        ...ofLiveClaims,
        orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
        select: {
          id: true,
          stance: true,
          claim: { select: { id: true, summary: true, status: true } },
          article: { select: { id: true, title: true } },
        },
      },
    },
  });
}

export type SourceDetail = NonNullable<Awaited<ReturnType<typeof getSourceDetail>>>;

/** Every other source, for the merge form's choice of target. */
export async function listMergeTargets(excludeId: string) {
  await requirePermission('desk:read');
  return db.source.findMany({
    where: { id: { not: excludeId } },
    orderBy: [{ normalizedName: 'asc' }, { name: 'asc' }],
    select: { id: true, name: true },
  });
}

export type MergeTarget = Awaited<ReturnType<typeof listMergeTargets>>[number];

/** Names offered while typing a claim's source; the rest are found by typing more. */
export const SOURCE_SUGGESTIONS = 10;
/** Longer than any source name: a longer text matches nothing and is not searched. */
export const MAX_TYPED_SOURCE = 200;

/**
 * The claim form's source field, as the editor types: the existing source the text already means
 * (by name or alias, as saving will resolve it) and up to 10 sources whose name or alias contains it.
 * Replaces sending every source to the browser with the workspace.
 */
export async function suggestClaimSources(typed: string) {
  await requirePermission('desk:read');
  const text = typed.trim();
  if (!text || text.length > MAX_TYPED_SOURCE) return { existing: null, suggestions: [] };
  const [existing, ids] = await Promise.all([findSourceByName(db, text), matchingSourceIds(text)]);
  const suggestions = await db.source.findMany({
    where: { id: { in: ids } },
    orderBy: [{ normalizedName: 'asc' }, { name: 'asc' }],
    take: SOURCE_SUGGESTIONS,
    select: { name: true, aliases: true },
  });
  return { existing, suggestions };
}

export type ClaimSourceSuggestions = Awaited<ReturnType<typeof suggestClaimSources>>;
