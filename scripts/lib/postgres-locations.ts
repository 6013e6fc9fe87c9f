// Where the embedded PostgreSQL's binaries and data may live. PostgreSQL refuses to run as root,
// so as root it runs as the `postgres` OS account, which must be able to walk every folder down to
// its binaries (in node_modules) and its data. A clone inside a private folder (mode 0700, like
// /root or `mktemp -d`) blocks it. Then the binaries run from a copy in a folder only root can
// change, and the data is kept in a stable folder outside the project, named after the project path.
// Pure: the callers gather file modes and owners, so every rule is tested with fixtures.
import { createHash } from 'node:crypto';
import path from 'node:path';

/** One folder or file on the way to a target, as `lstat` describes it. */
export interface PathEntry {
  path: string;
  uid: number;
  gid: number;
  /** Permission bits (0o7777 part of st_mode); other bits are ignored. */
  mode: number;
  isSymbolicLink?: boolean;
}

/** The account a process runs as. Only the primary group counts: Node drops supplementary groups when it spawns with a uid. */
export interface OsAccount {
  uid: number;
  gid: number;
}

export const READ = 0o4;
export const WRITE = 0o2;
export const EXECUTE = 0o1;

/** The rwx bits that apply to `account` on `entry`, the way the kernel picks them (ACLs aside). */
export function permissionsFor(account: OsAccount, entry: PathEntry): number {
  if (account.uid === 0) return READ | WRITE | EXECUTE;
  if (entry.uid === account.uid) return (entry.mode >> 6) & 0o7;
  if (entry.gid === account.gid) return (entry.mode >> 3) & 0o7;
  return entry.mode & 0o7;
}

/** Every folder from the root down to `target`, then `target` itself: ['/', '/a', '/a/b']. */
export function pathChain(target: string): string[] {
  const chain: string[] = [];
  for (let current = path.resolve(target); ; current = path.dirname(current)) {
    chain.unshift(current);
    if (path.dirname(current) === current) return chain;
  }
}

/**
 * The first entry that stops `account` from reaching the last entry of `chain` with `need`
 * (a mix of READ, WRITE, EXECUTE) on it, or null when nothing does. Every folder before the last
 * needs EXECUTE (search) permission.
 */
export function firstBlocked(account: OsAccount, chain: readonly PathEntry[], need: number): PathEntry | null {
  for (const [index, entry] of chain.entries()) {
    const required = index === chain.length - 1 ? need : EXECUTE;
    if ((permissionsFor(account, entry) & required) !== required) return entry;
  }
  return null;
}

/**
 * True when only root can change this entry: root-owned, and no write bit for group or others
 * (a symlink's own mode means nothing; only root can have made a root-owned one).
 */
export function isRootControlled(entry: PathEntry): boolean {
  if (entry.uid !== 0) return false;
  return entry.isSymbolicLink === true || (entry.mode & 0o022) === 0;
}

/**
 * A folder name for data kept outside a private project, stable for one project path (so the dev
 * database persists across restarts) and different for every other: readable tail plus a hash.
 */
export function relocatedDataDirName(requestedDataDir: string): string {
  const absolute = path.resolve(requestedDataDir);
  const hash = createHash('sha256').update(absolute).digest('hex').slice(0, 12);
  const readable = absolute
    .split(path.sep)
    .filter(Boolean)
    .slice(-3)
    .join('-')
    .replace(/[^A-Za-z0-9_]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(-48);
  return readable ? `${readable}-${hash}` : hash;
}

export interface LocationFacts {
  /** The platform package's `native` folder (bin/, lib/, share/) inside node_modules. */
  nativeDir: string;
  /** e.g. "linux-x64-18.4.0-beta.17": names the cached copy, so another version gets its own. */
  binariesVersion: string;
  /** Whether the server's account can run the binaries where they are. */
  binariesReachable: boolean;
  requestedDataDir: string;
  /** Whether the server's account can reach the folder that holds the requested data folder. */
  dataReachable: boolean;
  /** Root-owned folder for the copy of the binaries, e.g. /var/cache/claimdesk. */
  cacheRoot: string;
  /** Root-owned folder for data kept outside the project, e.g. /var/lib/claimdesk. */
  stateRoot: string;
}

export interface Locations {
  /** Where the binaries run from. */
  nativeDir: string;
  /** Set when the binaries must first be copied (from `facts.nativeDir`) into `nativeDir`. */
  copyFrom: string | null;
  dataDir: string;
  dataRelocated: boolean;
}

export function chooseLocations(facts: LocationFacts): Locations {
  const copied = path.join(facts.cacheRoot, `postgres-${facts.binariesVersion.replace(/[^A-Za-z0-9._-]+/g, '-')}`);
  const dataDir = facts.dataReachable
    ? path.resolve(facts.requestedDataDir)
    : path.join(facts.stateRoot, relocatedDataDirName(facts.requestedDataDir));
  return {
    nativeDir: facts.binariesReachable ? facts.nativeDir : copied,
    copyFrom: facts.binariesReachable ? null : facts.nativeDir,
    dataDir,
    dataRelocated: !facts.dataReachable,
  };
}
