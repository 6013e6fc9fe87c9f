// Every server action starts through the one wrapper (lib/actions/define-action.ts): session,
// permission, input, record id, the row (or, for signing in, its public start: same-site, input). This lists every export of every 'use server' module and
// fails for one the wrapper did not make, and for a 'use server' directive anywhere else.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isDefinedAction } from '@/lib/actions/define-action';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ACTIONS = path.join(ROOT, 'lib/actions');
const USE_SERVER = /^\s*(?:\/\/[^\n]*\n\s*)*['"]use server['"]/;

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !entry.parentPath.includes('generated'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

describe('server actions', () => {
  it('every export of every action module is made by the action wrapper', async () => {
    const modules = [];
    for (const file of await sourceFiles(ACTIONS)) if (USE_SERVER.test(await readFile(file, 'utf8'))) modules.push(file);
    const seen: string[] = [];
    const unwrapped: string[] = [];
    for (const file of modules) {
      const exports = (await import(file)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(exports)) {
        seen.push(name);
        if (!isDefinedAction(value)) unwrapped.push(`${path.relative(ROOT, file)}: ${name}`);
      }
    }
    expect(unwrapped).toEqual([]);
    // Not vacuous: the listing found the actions the desk's forms call.
    expect(seen).toEqual(
      expect.arrayContaining([
        'createClaimAction',
        'saveVerificationAction',
        'approveClaimAction',
        'updateUserAction',
        'mergeSourceAction',
        'signOutAction',
        'signInAction',
      ]),
    );
    expect(seen.length).toBeGreaterThanOrEqual(24);
  });

  it('are defined only in lib/actions (no inline or stray "use server" modules)', async () => {
    const elsewhere: string[] = [];
    for (const dir of ['app', 'components', 'lib']) {
      for (const file of await sourceFiles(path.join(ROOT, dir))) {
        if (file.startsWith(ACTIONS + path.sep)) continue;
        if (/['"]use server['"]/.test(await readFile(file, 'utf8'))) elsewhere.push(path.relative(ROOT, file));
      }
    }
    expect(elsewhere).toEqual([]);
  });
});
