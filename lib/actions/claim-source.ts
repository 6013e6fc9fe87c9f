// Resolves the source typed in a claim form to a Source row, creating it when it is new.
// Runs inside the caller's transaction so a failed claim save leaves no orphan source.
import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { SourceKind } from '@/lib/generated/prisma/enums';
import { findSourceByNameOrAlias } from '@/lib/claims/resolve-source';
import { normalizeSourceName } from '@/lib/claims/source-name';

export async function findOrCreateSource(tx: Prisma.TransactionClient, name: string, kind: SourceKind): Promise<string | null> {
  const normalizedName = normalizeSourceName(name);
  if (!normalizedName) return null;
  const exact = await tx.source.findUnique({ where: { normalizedName }, select: { id: true } });
  if (exact) return exact.id;
  // Aliases are few per source and sources number in the thousands at most: match them in code,
  // with the same normalisation as names.
  const candidates = await tx.source.findMany({
    where: { aliases: { isEmpty: false } },
    select: { id: true, name: true, normalizedName: true, aliases: true },
  });
  const byAlias = findSourceByNameOrAlias(candidates, name);
  if (byAlias) return byAlias.id;
  const created = await tx.source.upsert({
    where: { normalizedName },
    create: { name: name.trim(), normalizedName, kind },
    update: {},
    select: { id: true },
  });
  return created.id;
}
