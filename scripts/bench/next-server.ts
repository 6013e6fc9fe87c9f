// The production server under test: decides whether the last build can be reused, starts
// `next start` on a free port, times the cold start (spawn to the first 200) and samples the
// resident memory of its whole process tree from /proc while the benchmark runs.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { withServerHeapLimit } from '@/lib/server-memory';
import { PROJECT_ROOT } from '../lib/database';

const SOURCE_ENTRIES = [
  'app',
  'components',
  'lib',
  'prisma/schema.prisma',
  'proxy.ts',
  'next.config.ts',
  'package-lock.json',
  'postcss.config.mjs',
];
const IGNORED = new Set(['generated', 'node_modules']);

function newestChange(entry: string): number {
  const stat = statSync(entry, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of readdirSync(entry)) if (!IGNORED.has(child)) newest = Math.max(newest, newestChange(path.join(entry, child)));
  return newest;
}

// Pages rendered at build time (the index, the about pages) hold the data of the database the build
// was made against, so a build is reused only for the data it was made with: `bench` (the bench and
// the load test fill the same data on every run) or `scale`, never one made by `npm test` or by hand.
const BUILD_ID = path.join(PROJECT_ROOT, '.next', 'BUILD_ID');
const BUILT_FOR = path.join(PROJECT_ROOT, '.next', 'BUILT_FOR');
export type BuildOwner = 'bench' | 'scale';

/** Builds the app for `owner`'s data and marks the build as its own. */
export async function buildFor(owner: BuildOwner, env: NodeJS.ProcessEnv): Promise<void> {
  await runBuild(env);
  writeFileSync(BUILT_FOR, `${owner} ${readFileSync(BUILD_ID, 'utf8')}`);
}

/** Why `owner` needs a build, or null when `.next` is its own and newer than every source file. */
export function buildNeeded(owner: BuildOwner): string | null {
  if (!existsSync(BUILD_ID)) return '.next has no production build';
  const mark = existsSync(BUILT_FOR) ? readFileSync(BUILT_FOR, 'utf8') : '';
  if (mark !== `${owner} ${readFileSync(BUILD_ID, 'utf8')}`)
    return `.next was not built for the ${owner} data (pages rendered at build time hold their database's data)`;
  const builtAt = statSync(BUILD_ID).mtimeMs;
  const changed = SOURCE_ENTRIES.find((entry) => newestChange(path.join(PROJECT_ROOT, entry)) > builtAt);
  return changed ? `${changed} changed after the last build` : null;
}

const NEXT_BIN = path.join(PROJECT_ROOT, 'node_modules', 'next', 'dist', 'bin', 'next');

/** `next build` of the app, or of another Next app in `dir` (the bench's floor app). */
export function runBuild(env: NodeJS.ProcessEnv, dir = PROJECT_ROOT): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [NEXT_BIN, 'build', dir], {
      stdio: 'inherit',
      env: { ...env, NODE_ENV: 'production' },
      cwd: PROJECT_ROOT,
    });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`next build failed (exit ${code})`))));
    child.on('error', reject);
  });
}

/** A static chunk of the build, closest to 29 kB (the size the baseline used). */
export function pickStaticChunk(appDir = PROJECT_ROOT): { path: string; bytes: number } {
  const dir = path.join(appDir, '.next', 'static', 'chunks');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => ({ path: `/_next/static/chunks/${f}`, bytes: statSync(path.join(dir, f)).size }));
  const best = files.sort((a, b) => Math.abs(a.bytes - 29_000) - Math.abs(b.bytes - 29_000))[0];
  if (!best) throw new Error('no static chunk in .next/static/chunks');
  return best;
}

function childrenOf(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The command name is in parentheses and may contain spaces: the fields after it are fixed.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // the process ended while we looked
    }
  }
  return children;
}

function treeRssBytes(root: number): number {
  const children = childrenOf();
  let total = 0;
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop() as number;
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      total += match ? Number(match[1]) * 1024 : 0;
    } catch {
      // gone
    }
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

export interface RunningNext {
  baseUrl: string;
  coldStartMs: number;
  idleRssBytes: number;
  /** The highest RSS of the whole tree seen so far (sampled every 200 ms). */
  peakRssBytes: () => number;
  stop: () => Promise<void>;
}

async function waitForFirst200(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`no 200 from ${url} within ${timeoutMs / 1000} s`);
}

export async function startNext(
  port: number,
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
  dir = PROJECT_ROOT,
): Promise<RunningNext> {
  const started = performance.now();
  const child = spawn(process.execPath, [NEXT_BIN, 'start', dir, '--port', String(port), '--hostname', '127.0.0.1'], {
    // Started as `npm start` starts it, with the server's heap limit (lib/server-memory.ts).
    env: { ...env, NODE_ENV: 'production', NODE_OPTIONS: withServerHeapLimit(env.NODE_OPTIONS) },
    cwd: PROJECT_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', () => {});
  child.stderr?.on('data', (chunk: Buffer) => log(`next: ${chunk.toString().trim().slice(0, 300)}`));
  const baseUrl = `http://127.0.0.1:${port}`;
  let peak = 0;
  const sample = () => {
    if (child.pid) peak = Math.max(peak, treeRssBytes(child.pid));
  };
  const sampler = setInterval(sample, 200);
  try {
    await waitForFirst200(`${baseUrl}/`, child, 60_000);
  } catch (error) {
    clearInterval(sampler);
    child.kill('SIGKILL');
    throw error;
  }
  const coldStartMs = performance.now() - started;
  sample();
  const idleRssBytes = child.pid ? treeRssBytes(child.pid) : 0;
  return {
    baseUrl,
    coldStartMs,
    idleRssBytes,
    peakRssBytes: () => (sample(), peak),
    async stop() {
      clearInterval(sampler);
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await new Promise<void>((resolve) => {
        const force = setTimeout(() => child.kill('SIGKILL'), 8000);
        child.once('exit', () => resolve(clearTimeout(force)));
      });
    },
  };
}
