// A server action bound to a record id inside a client component makes React's render after a
// form post without JavaScript suspend forever (a fresh bound promise on every render; see
// lib/actions/record-field.ts). Forms name their record with <RecordIdInput> instead; this keeps it so.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

it('no component or page binds a server action to its arguments', () => {
  const root = path.resolve(import.meta.dirname, '..');
  const offenders = ['components', 'app']
    .flatMap((dir) => sourceFiles(path.join(root, dir)))
    .filter((file) => /\w+Action\.bind\(/.test(readFileSync(file, 'utf8')))
    .map((file) => path.relative(root, file));
  expect(offenders).toEqual([]);
});
