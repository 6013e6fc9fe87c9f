// The one Prisma client of the server, kept on globalThis so dev hot reloads do not open new pools.
// Created on first use, so that importing a module (as `next build` does) needs no database.
import 'server-only';
import { createPrismaClient, type Db } from '@/lib/db/create-client';
import { getEnv } from '@/lib/env';

const globalForPrisma = globalThis as unknown as { claimdeskPrisma?: Db };

function getClient(): Db {
  if (!globalForPrisma.claimdeskPrisma) {
    const { DATABASE_URL, DB_POOL_SIZE } = getEnv();
    globalForPrisma.claimdeskPrisma = createPrismaClient(DATABASE_URL, DB_POOL_SIZE);
  }
  return globalForPrisma.claimdeskPrisma;
}

export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    const client = getClient();
    const value: unknown = Reflect.get(client, property, client);
    return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(client) : value;
  },
});
