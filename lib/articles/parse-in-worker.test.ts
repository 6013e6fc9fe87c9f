// The bounded parser as the importer and the CLI use it: a real worker thread per parse.
// Time bounds are generous: they include starting a worker, which under tsx compiles the
// parser first and takes seconds on a shared, overloaded machine (the pre-scan itself takes
// milliseconds). Before the limits, the 1,000-deep page alone kept the parser busy for 30-40 s.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { manyElements, nestedDivs, slowButWithinLimits } from '@/tests/support/hostile-html';
import { validateArticleInput } from './parse-article';
import { liveParseWorkerCount, PARSE_LIMITS, parseArticleInWorker, runInParseWorker } from './parse-in-worker';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const GENEROUS_MS = 30_000;
// For comparing results, not for testing the limit: a loaded machine must not stop a normal parse.
const UNHURRIED = { ...PARSE_LIMITS, parseTimeoutMs: 60_000 };

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

describe('parseArticleInWorker', { timeout: 120_000 }, () => {
  it.each([
    'news-page.html',
    'no-article.html',
    'kompas-like-pasted.txt',
    'detik-like-pasted.txt',
    'wire-english-pasted.txt',
    'broadcaster-english-pasted.txt',
  ])('gives the same result as the parser itself for %s', async (name) => {
    const bytes = readFileSync(path.join(FIXTURES, name));
    const inWorker = await parseArticleInWorker(bytes, {}, UNHURRIED);
    const direct = validateArticleInput(bytes);
    expect(inWorker.ok).toBe(direct.ok);
    if (inWorker.ok && direct.ok) expect(inWorker.article).toEqual(direct.article);
    if (!inWorker.ok && !direct.ok)
      expect([inWorker.error.code, inWorker.error.message]).toEqual([direct.error.code, direct.error.message]);
  });

  it('honours an explicit kind', async () => {
    const markup = '<p>The council said on Monday that the fictional bridge would reopen next week.</p>';
    const result = await parseArticleInWorker(markup, { kind: 'text' }, UNHURRIED);
    expect(result.ok && result.article.body).toBe(markup);
  });

  it.each([
    ['1,000 nested <div>s', nestedDivs(1_000), /more than 100 levels deep/],
    ['2,000 nested <div>s', nestedDivs(2_000), /more than 100 levels deep/],
    ['100,000 elements', manyElements(100_000), /more than 25,000 tags/],
  ])('refuses %s quickly with a clear message', async (_label, html, message) => {
    const { value: result, ms } = await timed(() => parseArticleInWorker(html, { kind: 'html' }));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('too-complex');
      expect(result.error.message).toMatch(message);
    }
    expect(ms).toBeLessThan(GENEROUS_MS);
  });

  it('stops a page that passes the limits but parses too slowly', async () => {
    const { value: result, ms } = await timed(() =>
      parseArticleInWorker(slowButWithinLimits(), { kind: 'html' }, { ...PARSE_LIMITS, parseTimeoutMs: 500 }),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/took too long and was stopped/);
    expect(ms).toBeLessThan(GENEROUS_MS);
    expect(liveParseWorkerCount()).toBe(0);
  });

  it('refuses input that fails the cheap checks without starting a worker', async () => {
    const result = await parseArticleInWorker(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]));
    expect(!result.ok && result.error.code).toBe('binary');
  });
});

describe('the time limit', { timeout: 120_000 }, () => {
  it('terminates a worker that never finishes, and its thread is gone', async () => {
    const { value: result, ms } = await timed(() => runInParseWorker({ kind: 'spin-for-test' }, { ...PARSE_LIMITS, parseTimeoutMs: 300 }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('too-slow');
    expect(ms).toBeLessThan(GENEROUS_MS);
    // Counted down by the worker's own 'exit' event, which fires only once its thread has stopped.
    expect(liveParseWorkerCount()).toBe(0);
  });

  it('refuses more parses at once than the cap, with a message to try again', async () => {
    const limits = { ...PARSE_LIMITS, maxConcurrent: 1, parseTimeoutMs: 1_000 };
    const spinning = runInParseWorker({ kind: 'spin-for-test' }, limits);
    const second = await parseArticleInWorker('A short text', {}, limits);
    expect(!second.ok && second.error.message).toMatch(/try again in a moment/);
    expect((await spinning).ok).toBe(false);
    expect(liveParseWorkerCount()).toBe(0);
  });
});
