// The desk's data layer refuses to read for anyone without the permission, whoever calls it: a
// page that forgets its own check still cannot render desk data for a forged or stale session.
// Every exported function of the desk read modules is covered, so a new one is too.
import { beforeAll, describe, expect, it } from 'vitest';
import { AccessDeniedError } from '@/lib/auth/guard';
import * as articles from '@/lib/data/articles';
import * as claimPage from '@/lib/data/claim-page';
import * as deskClaims from '@/lib/data/desk-claims';
import * as deskHome from '@/lib/data/desk-home';
import * as sourceChanges from '@/lib/data/source-changes';
import * as sources from '@/lib/data/sources';
import * as users from '@/lib/data/users';
import { createTeam } from '../support/factories';
import { actAs, actAsNobody } from '../support/session-double';

const deskModules = { articles, claimPage, deskClaims, deskHome, sourceChanges, sources };
type Read = (...args: unknown[]) => Promise<unknown>;

function readsOf(modules: Record<string, Record<string, unknown>>): [string, Read][] {
  return Object.entries(modules).flatMap(([moduleName, exports]) =>
    Object.entries(exports)
      .filter((entry): entry is [string, Read] => typeof entry[1] === 'function')
      .map(([name, fn]): [string, Read] => [`${moduleName}.${name}`, fn]),
  );
}

/** Arguments each read accepts; the one read that takes a filter gets one, the rest an id. */
function argsFor(name: string): unknown[] {
  return name === 'deskClaims.listDeskClaims' ? [{ status: null, publication: null, page: 1 }] : ['x'];
}

let team: Awaited<ReturnType<typeof createTeam>>;
beforeAll(async () => {
  team = await createTeam();
});

describe('desk reads check the caller themselves', () => {
  const deskReads = readsOf(deskModules);
  it('covers every desk read module', () => expect(deskReads.length).toBeGreaterThanOrEqual(10));

  for (const [name, read] of deskReads) {
    it(`${name} throws for nobody and works for a viewer`, async () => {
      const ARGS = argsFor(name);
      actAsNobody();
      await expect(read(...ARGS)).rejects.toBeInstanceOf(AccessDeniedError);
      actAs({ ...team.viewer, sessionVersion: 41 }); // a cookie from before a password reset
      await expect(read(...ARGS)).rejects.toBeInstanceOf(AccessDeniedError);
      actAs(team.viewer);
      await expect(read(...ARGS)).resolves.not.toBeInstanceOf(Error);
    });
  }

  it('user administration reads need the user:manage permission', async () => {
    for (const [name, read] of readsOf({ users })) {
      actAs(team.editor);
      await expect(read(), name).rejects.toBeInstanceOf(AccessDeniedError);
      actAs(team.admin);
      await expect(read(), name).resolves.toBeDefined();
    }
  });
});
