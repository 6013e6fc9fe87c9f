// Benchmark (not a test): `npm run bench:extract`. Times the extractor on the PolNeAR dev split and
// on synthetic articles of 10k-80k words, each next to a naive baseline run over the same input in
// the same process: sentence split on terminal punctuation plus a regex for "said".
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractClaims } from '../lib/claims/extract/extract-claims';

const RUNS = 7;
// The shared data sits beside the main checkout (../shared) or two levels up from a worktree.
const DEV_CANDIDATES = ['../shared', '../../shared'].map((d) => path.resolve(process.cwd(), d, 'data/polnear/dev.jsonl'));
const DEV = DEV_CANDIDATES.find((p) => existsSync(p)) ?? DEV_CANDIDATES[0] ?? '';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function time(fn: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

function baseline(text: string): number {
  let hits = 0;
  for (const sentence of text.split(/(?<=[.!?])\s+/)) if (/\bsaid\b/.test(sentence)) hits++;
  return hits;
}

// Invented sentences covering the shapes the extractor handles, so the synthetic text exercises it.
const SENTENCES = [
  '"The harbour will reopen in spring," Mayor Dana Whitlock said on Tuesday.',
  'The port authority said that repairs would cost more than planned.',
  'According to the Lakeside Courier, two cranes were damaged in the storm.',
  'Council member Omar Castell denied that funds had been moved, saying the audit was clear.',
  'Engineers inspected the pier for three days before the rain returned to the coast.',
  '“We are not worried,” he told reporters. “The insurance covers the loss.”',
];

function syntheticArticle(words: number): string {
  const parts: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const s = SENTENCES[i % SENTENCES.length] ?? '';
    parts.push(s);
    count += s.split(/\s+/).length;
    if (i % 4 === 3) parts.push('\n\n');
  }
  return parts.join(' ');
}

const ms = (x: number): string => `${x.toFixed(2)} ms`.padStart(11);

console.log(`median of ${RUNS} runs each\n`);
if (existsSync(DEV)) {
  const texts = readFileSync(DEV, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text);
  const ours = time(() => texts.forEach((t) => extractClaims(t)));
  const naive = time(() => texts.forEach((t) => baseline(t)));
  console.log(`PolNeAR dev, ${texts.length} articles: extractor ${ms(ours)}   baseline ${ms(naive)}`);
} else {
  console.log(`PolNeAR dev split not found at ${DEV}: skipping that figure`);
}

for (const words of [10_000, 20_000, 40_000, 80_000]) {
  const text = syntheticArticle(words);
  const ours = time(() => extractClaims(text));
  const naive = time(() => baseline(text));
  const perK = ours / (words / 1000);
  console.log(
    `synthetic ${String(words).padStart(6)} words: extractor ${ms(ours)} (${perK.toFixed(3)} ms per 1k words)   baseline ${ms(naive)}`,
  );
}
