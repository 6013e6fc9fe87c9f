// Gives the integration tests a migrated PostgreSQL: the one `npm test` prepared
// (INTEGRATION_DATABASE_URL), or else a throwaway embedded server, removed afterwards.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../../scripts/lib/embedded-postgres';
import { migrateDeploy } from '../../scripts/lib/migrate';

declare module 'vitest' {
  export interface ProvidedContext {
    integrationDatabaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const given = process.env.INTEGRATION_DATABASE_URL;
  if (given) {
    project.provide('integrationDatabaseUrl', given);
    return;
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'claimdesk-vitest-pg-'));
  const postgres = await startEmbeddedPostgres({ dataDir, database: 'claimdesk_integration', removeOnStop: true });
  await migrateDeploy(postgres.url);
  project.provide('integrationDatabaseUrl', postgres.url);
  return () => postgres.stop();
}
