// The embedded PostgreSQL starts when the project sits in a private (0700) folder: its binaries and
// its data folder both inside it, as in a clone in /root or `mktemp -d`. As root the server runs as
// the `postgres` user, who cannot enter such a folder (this used to die with `spawn .../initdb
// EACCES`); as a normal user it runs as that user, who owns the folder. The whole newcomer path
// (clone, npm ci, npm run dev, Ctrl-C) is scripts/check-newcomer.sh.
import { cpSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from '@/scripts/lib/embedded-postgres';
import { findPlatformBinaries } from '@/scripts/lib/postgres-host';

const isRoot = process.getuid?.() === 0;
const privateFolder = mkdtempSync(path.join(os.tmpdir(), 'claimdesk-private-'));
afterAll(() => rmSync(privateFolder, { recursive: true, force: true }));

describe('the embedded PostgreSQL in a private folder', () => {
  it('starts with its binaries and data inside a 0700 folder, answers queries, and stops', { timeout: 120_000 }, async () => {
    expect(statSync(privateFolder).mode & 0o777).toBe(0o700);
    const installed = findPlatformBinaries();
    const nativeDir = path.join(privateFolder, 'project', 'node_modules', 'native');
    cpSync(installed.nativeDir, nativeDir, { recursive: true, verbatimSymlinks: true });
    const lines: string[] = [];
    const postgres = await startEmbeddedPostgres({
      dataDir: path.join(privateFolder, 'project', '.data', 'postgres'),
      database: 'claimdesk_private_folder',
      removeOnStop: true,
      binaries: { nativeDir, version: installed.version },
      log: (line) => lines.push(line),
    });
    let dataDir = '';
    try {
      const client = new pg.Client({ connectionString: postgres.url });
      await client.connect();
      const { rows } = await client.query<{ dir: string }>('SELECT current_setting($1) AS dir', ['data_directory']);
      await client.end();
      dataDir = rows[0]?.dir ?? '';
    } finally {
      await postgres.stop();
    }
    if (isRoot) {
      // The postgres user cannot enter the private folder, so both moved out, and the log says where.
      expect(dataDir).toMatch(/^\/var\/lib\/claimdesk\/project-data-postgres-[0-9a-f]{12}$/);
      expect(lines.join('\n')).toContain(`cannot enter ${privateFolder}`);
      expect(lines.join('\n')).toContain(`the database is kept in ${dataDir}`);
    } else {
      expect(dataDir).toBe(path.join(privateFolder, 'project', '.data', 'postgres'));
    }
    expect(existsSync(dataDir), 'a throwaway data folder is removed on stop').toBe(false);
  });
});
