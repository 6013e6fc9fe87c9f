// The production pieces test:scale starts on loopback ports and stops again: redis-server and
// varnishd (Debian packages, never installed by this script), each in a throwaway folder.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../lib/database';

export const VARNISH_DIR = path.join(PROJECT_ROOT, 'deploy', 'varnish');

/** The Debian package each needed program comes from, for the message when one is missing. */
const PROGRAMS = { 'redis-server': 'redis-server', varnishd: 'varnish' } as const;

export function missingPrograms(): string[] {
  return Object.entries(PROGRAMS)
    .filter(([program]) => spawnSync('sh', ['-c', `command -v ${program}`]).status !== 0)
    .map(([program, pkg]) => `${program} (Debian package ${pkg})`);
}

export interface Service {
  name: string;
  stop: () => Promise<void>;
}

/** Stops a child with SIGTERM, then SIGKILL if it is still there after a few seconds. */
export function stopChild(child: ChildProcess, graceMs = 5_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

async function waitFor(what: string, check: () => Promise<boolean>, child: ChildProcess, output: () => string, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} exited (code ${child.exitCode}):\n${output()}`);
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what} did not start within ${timeoutMs / 1000} s:\n${output()}`);
}

function captured(child: ChildProcess) {
  let text = '';
  const keep = (chunk: Buffer) => {
    text = (text + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return () => text;
}

export async function startRedis(port: number, dir: string): Promise<Service & { url: string }> {
  // volatile-lru: only cache entries (which expire) are evicted, never the clock and tag table
  // of lib/cache/redis-cache-handler.mjs.
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no'];
  const child = spawn('redis-server', [...args, '--maxmemory', '128mb', '--maxmemory-policy', 'volatile-lru'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = captured(child);
  await waitFor('redis-server', () => Promise.resolve(output().includes('Ready to accept connections')), child, output);
  return { name: 'redis-server', url: `redis://127.0.0.1:${port}`, stop: () => stopChild(child) };
}

/** The site part of deploy/varnish/claimdesk.vcl for these app instances (see claimdesk-site.example.vcl). */
export function siteVcl(appPorts: number[]): string {
  const backends = appPorts.map(
    (port, i) => `backend app${i + 1} {\n    .host = "127.0.0.1";\n    .port = "${port}";\n    .probe = claimdesk_probe;\n}\n`,
  );
  const added = appPorts.map((_, i) => `    claimdesk_app.add_backend(app${i + 1});`).join('\n');
  return `${backends.join('\n')}
sub vcl_init {
    new claimdesk_app = directors.round_robin();
${added}
}

sub claimdesk_pick_backend {
    set req.backend_hint = claimdesk_app.backend();
}

acl claimdesk_purgers {
    "127.0.0.1";
}
`;
}

export async function startVarnish(port: number, appPorts: number[], dir: string): Promise<Service & { url: string }> {
  // varnishd compiles the VCL as an unprivileged user: the folder must be readable by others.
  const vclDir = path.join(dir, 'vcl');
  mkdirSync(vclDir, { recursive: true });
  chmodSync(dir, 0o755);
  chmodSync(vclDir, 0o755);
  writeFileSync(path.join(vclDir, 'claimdesk-site.vcl'), siteVcl(appPorts), { mode: 0o644 });
  const args = [
    '-F',
    ...['-a', `127.0.0.1:${port}`],
    ...['-T', 'none'],
    ...['-n', path.join(dir, 'varnish')],
    ...['-p', `vcl_path=${vclDir}:${VARNISH_DIR}`],
    ...['-f', path.join(VARNISH_DIR, 'claimdesk.vcl')],
    ...['-s', 'malloc,128m'],
  ];
  const child = spawn('varnishd', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const output = captured(child);
  const url = `http://127.0.0.1:${port}`;
  // Ready when a page comes back through it: until its health probe has seen the app answer twice,
  // Varnish counts the backend as sick and answers 503 itself.
  await waitFor('varnishd', async () => (await fetch(`${url}/login`, { method: 'HEAD' })).status === 200, child, output, 30_000);
  return { name: 'varnishd', url, stop: () => stopChild(child) };
}
