// The one Prisma client of the server, kept on globalThis so dev hot reloads do not open new pools.
import 'server-only';
import { createPrismaClient, type Db } from '@/lib/db/create-client';
import { getEnv } from '@/lib/env';

const globalForPrisma = globalThis as unknown as { claimdeskPrisma?: Db };

export const db: Db = globalForPrisma.claimdeskPrisma ?? createPrismaClient(getEnv().DATABASE_URL);

if (process.env.NODE_ENV !== 'production') globalForPrisma.claimdeskPrisma = db;
