// Test data, created straight through Prisma with unique names so test files never collide.
import { randomUUID } from 'node:crypto';
import { createPrismaClient } from '@/lib/db/create-client';
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
