// Runs scripts/parse-article.ts as a user would, to check the CLI contract: one JSON
// object on stdout for good input; for bad input one line on stderr, exit code 1 and
// nothing on stdout.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nestedDivs } from '@/tests/support/hostile-html';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const SCRIPT = path.join(ROOT, 'scripts/parse-article.ts');
const workDir = mkdtempSync(path.join(tmpdir(), 'parse-article-cli-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

function runCli(...args: string[]) {
  const result = spawnSync(TSX, [SCRIPT, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function tempFile(name: string, content: string | Uint8Array): string {
  const file = path.join(workDir, name);
  writeFileSync(file, content);
  return file;
}

describe('parse-article CLI', { timeout: 60_000 }, () => {
  it('prints one JSON object with the article fields', () => {
    const { status, stdout, stderr } = runCli(path.join(import.meta.dirname, 'fixtures/kompas-like-pasted.txt'));
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const parsed: unknown = JSON.parse(stdout);
    expect(parsed).toMatchObject({ title: 'Banjir Rob Genangi Pesisir Tanjung Harapan, Ratusan Warga Mengungsi', language: 'id' });
    expect(Object.keys(parsed ?? {})).toEqual([
      'title',
      'publisher',
      'author',
      'publishedAt',
      'dateline',
      'originalSource',
      'language',
      'body',
    ]);
  });

  it.each([
    ['a missing file', () => path.join(workDir, 'nope.txt'), /does not exist/],
    ['an empty file', () => tempFile('empty.txt', ''), /empty/],
    ['a binary file', () => tempFile('image.bin', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2])), /binary/],
    ['a file over 1 MB', () => tempFile('big.txt', 'a'.repeat(1_048_577)), /larger than 1 MB/],
    ['a Latin-1 file', () => tempFile('latin1.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9])), /UTF-8/],
    ['a directory', () => workDir, /not a file/],
    ['an HTML page without an article', () => path.join(import.meta.dirname, 'fixtures/no-article.html'), /No article text/],
    // The CLI parses through the same bounded worker as the importer; this page once took 30 s.
    ['HTML nested 1,000 deep', () => tempFile('deep.html', nestedDivs(1_000)), /more than 100 levels deep/],
  ])('rejects %s with one line on stderr and exit code 1', (_label, makePath, message) => {
    const { status, stdout, stderr } = runCli(makePath());
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('prints usage when no file is given', () => {
    const { status, stdout, stderr } = runCli();
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/usage: npm run -s parse-article -- FILE/);
  });

  it('reads HTML files as well as text', () => {
    const { status, stdout } = runCli(path.join(import.meta.dirname, 'fixtures/news-page.html'));
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ publisher: 'Wartanusa.com', publishedAt: '2023-06-12T16:45:00+07:00' });
  });
});
