// `npm run db:migrate`: apply prisma/migrations to DATABASE_URL (what `npm start` does at start).
import { checkConnection } from './lib/database';
import { migrateDeploy } from './lib/migrate';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL is not set.');
  process.exit(1);
}
try {
  await checkConnection(url);
  const { applied, total } = await migrateDeploy(url, console.log);
  console.log(applied.length ? `Applied ${applied.length} of ${total} migrations.` : `All ${total} migrations were already applied.`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
