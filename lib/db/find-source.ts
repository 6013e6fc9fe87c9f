// The existing source a typed name means, by its name or any alias, however spelled: one rule for
// the claim form's hint and for saving the claim, so the hint never promises what the save won't do.
import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { findSourceByNameOrAlias } from '@/lib/claims/resolve-source';
import { normalizeSourceName } from '@/lib/claims/source-name';

const found = { id: true, name: true, kind: true } as const;

export async function findSourceByName(client: Pick<Prisma.TransactionClient, 'source'>, name: string) {
  const normalizedName = normalizeSourceName(name);
  if (!normalizedName) return null;
  const exact = await client.source.findUnique({ where: { normalizedName }, select: found });
  if (exact) return exact;
  // Aliases are few per source and sources number in the thousands at most: match them in code,
  // with the same normalisation as names.
  const candidates = await client.source.findMany({
    where: { aliases: { isEmpty: false } },
    select: { ...found, normalizedName: true, aliases: true },
  });
  const byAlias = findSourceByNameOrAlias(candidates, name);
  return byAlias ? { id: byAlias.id, name: byAlias.name, kind: byAlias.kind } : null;
}
