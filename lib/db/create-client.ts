// Builds a Prisma client over the pg driver adapter (no native engine). Shared by the app
// (through lib/db.ts) and by scripts and tests, which cannot import 'server-only'.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';

export function createPrismaClient(connectionString: string) {
  const adapter = new PrismaPg({ connectionString, max: Number(process.env.DB_POOL_SIZE ?? 10) });
  // The password hash never leaves the database unless a query asks for it by name.
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

export type Db = ReturnType<typeof createPrismaClient>;
