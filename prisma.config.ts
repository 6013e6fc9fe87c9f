// Prisma CLI configuration. The "js" schema engine (Wasm) with the pg driver adapter means no
// native engine is ever downloaded: Prisma's binary host is unreachable on locked-down machines.
import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { PrismaPg } from '@prisma/adapter-pg';
import { createCatalogSafePool } from './prisma/catalog-safe-pool';

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join('prisma', 'schema.prisma'),
  migrations: { path: path.join('prisma', 'migrations') },
  adapter() {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) return Promise.reject(new Error('DATABASE_URL is not set'));
    return Promise.resolve(new PrismaPg(createCatalogSafePool(connectionString), { disposeExternalPool: true }));
  },
});
