// Builds a Prisma client over the pg driver adapter (no native engine). Shared by the app
// (through lib/db.ts) and by scripts and tests, which cannot import 'server-only'.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';

/** `poolSize`: the app passes DB_POOL_SIZE from lib/env.ts; scripts and tests keep the default. */
export function createPrismaClient(connectionString: string, poolSize = 10) {
  const adapter = new PrismaPg({ connectionString, max: poolSize });
  // The password hash never leaves the database unless a query asks for it by name.
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

export type Db = ReturnType<typeof createPrismaClient>;
