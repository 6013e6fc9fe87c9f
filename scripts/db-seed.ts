// `npm run db:seed`: put the demo users and article into DATABASE_URL, on purpose only.
import { createPrismaClient } from '@/lib/db/create-client';
import { seedDemoData } from '@/prisma/seed';
import { migrateDeploy } from './lib/migrate';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL is not set. (The embedded database is seeded by `npm run dev` by itself.)');
  process.exit(1);
}
await migrateDeploy(url, console.log);
const db = createPrismaClient(url);
await seedDemoData(db, console.log);
await db.$disconnect();
console.log('Demo data is in place.');
