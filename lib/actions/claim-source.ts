// Resolves the source typed in a claim form to a Source row, creating it when it is new.
// Runs inside the caller's transaction so a failed claim save leaves no orphan source.
import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { SourceKind } from '@/lib/generated/prisma/enums';
import { findSourceByName } from '@/lib/db/find-source';
import { normalizeSourceName } from '@/lib/claims/source-name';

export async function findOrCreateSource(tx: Prisma.TransactionClient, name: string, kind: SourceKind): Promise<string | null> {
  const normalizedName = normalizeSourceName(name);
  if (!normalizedName) return null;
  const existing = await findSourceByName(tx, name);
  if (existing) return existing.id;
  const created = await tx.source.upsert({
    where: { normalizedName },
    create: { name: name.trim(), normalizedName, kind },
    update: {},
    select: { id: true },
  });
  return created.id;
}
