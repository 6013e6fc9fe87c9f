// Test data, created straight through Prisma with unique names so test files never collide.
import { randomUUID } from 'node:crypto';
import { createPrismaClient } from '@/lib/db/create-client';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Role } from '@/lib/generated/prisma/enums';

export const testDb = createPrismaClient(process.env.DATABASE_URL ?? '');

export function unique(label: string) {
  return `${label}-${randomUUID().slice(0, 8)}`;
}

export async function createUser(role: Role, overrides: { disabled?: boolean } = {}) {
  const name = unique(role.toLowerCase());
  return testDb.user.create({
    data: { email: `${name}@example.test`, name, role, passwordHash: 'not-used-in-these-tests', disabled: overrides.disabled ?? false },
    select: { id: true, email: true, name: true, role: true },
  });
}

/** One user of each role (and a second editor, for reviews). */
export async function createTeam() {
  const [admin, editor, editor2, viewer] = await Promise.all([
    createUser('ADMIN'),
    createUser('EDITOR'),
    createUser('EDITOR'),
    createUser('VIEWER'),
  ]);
  return { admin, editor, editor2, viewer };
}

export function formData(fields: Record<string, string | string[]>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const item of Array.isArray(value) ? value : [value]) data.append(key, item);
  return data;
}

/**
 * Fixtures that insert published claims directly give them the snapshot approval would have taken
 * (public views read only snapshots), built by the same database function approval uses.
 */
export async function snapshotPublishedClaims() {
  await testDb.$executeRaw`UPDATE "Claim" SET "publicSnapshot" = claimdesk_public_snapshot(id)
    WHERE publication <> 'DRAFT' AND "publishedAt" IS NOT NULL AND "publicSnapshot" IS NULL`;
}

/** Where a test claim was said: the article, the quoted words at their offsets, optionally who and how. */
export type TestAttribution = Omit<Prisma.AttributionUncheckedCreateWithoutClaimInput, 'createdById'> & { createdById?: string };

/**
 * A claim straight through Prisma with its attributions (at least one; the first defaults to the
 * claim's author), for tests that set up state rather than exercise the actions.
 */
export async function createTestClaim(
  claim: Omit<Prisma.ClaimUncheckedCreateInput, 'attributions'>,
  attributions: TestAttribution | TestAttribution[],
) {
  const list = Array.isArray(attributions) ? attributions : [attributions];
  return testDb.claim.create({
    data: { ...claim, attributions: { create: list.map((a) => ({ createdById: claim.createdById, ...a })) } },
  });
}
