// `prisma generate` needs DATABASE_URL to have *a* value, or Prisma 6 falls back to
// downloading a native query engine (unreachable offline). Generation never connects.
import { spawnSync } from 'node:child_process';

const env: NodeJS.ProcessEnv = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1' };
env.DATABASE_URL ??= 'postgresql://placeholder@localhost:5432/placeholder';
const result = spawnSync('prisma', ['generate'], { stdio: 'inherit', env, shell: false });
process.exit(result.status ?? 1);
