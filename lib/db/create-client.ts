// Builds a Prisma client over the pg driver adapter (no native engine). Shared by the app
// (through lib/db.ts) and by scripts and tests, which cannot import 'server-only'.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';

// A backstop against waiting forever on a black-holed database (a stopped one refuses at once, and
// proxy.ts's database gate answers 503 within a second or two). It also bounds the wait for a free
// pool slot, so it must stay well above what a busy server needs: 3 s failed requests under load.
const CONNECT_TIMEOUT_MS = 10_000;

/** `poolSize`: the app passes DB_POOL_SIZE from lib/env.ts; scripts and tests keep the default. */
export function createPrismaClient(connectionString: string, poolSize = 10) {
  const adapter = new PrismaPg({ connectionString, max: poolSize, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  // The password hash never leaves the database unless a query asks for it by name.
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

export type Db = ReturnType<typeof createPrismaClient>;
