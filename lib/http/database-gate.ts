// While PostgreSQL is unreachable, everything that needs it (the desk, signing in, server actions,
// the API) should answer "try again shortly" at once with a 503, instead of each request failing
// on its own with a bare 500 or waiting on a connection. proxy.ts asks `databaseReachable()` before
// such requests. Reader pages are not gated: Next serves the cached ones without the database.
//
// Two sources of truth feed the gate:
// - a protocol-level probe (lib/http/database-probe.ts), so a server that accepts TCP but refuses
//   sessions while it shuts down counts as down. Its answer is kept for a moment, and requests
//   arriving meanwhile share one probe, so a busy server probes at most a few times a second;
// - the app's own failures: a query that fails because the database went away (and an idle pooled
//   connection that PostgreSQL terminates) marks the gate down at once, through
//   `reportDatabaseFailure`, so the next request is answered 503 without waiting for the next probe.
// The gate lives on globalThis: proxy.ts and the pages are separate bundles in one process.
import { isDatabaseUnavailable } from '@/lib/db/database-unavailable-error';
import { databaseTarget, probe, type DatabaseTarget } from './database-probe';

/** How long an answer is trusted: short while down, so recovery is noticed within a second. */
const TRUST_UP_MS = 2000;
const TRUST_DOWN_MS = 500;

interface GateState {
  reachable: boolean;
  checkedAt: number;
  inFlight: Promise<boolean> | null;
}

export interface DatabaseGate {
  /** True unless the database is known (or just probed) to be unreachable. */
  reachable(): Promise<boolean>;
  /** The app saw the database go away: answer "down" until a probe, at least TRUST_DOWN_MS later, says otherwise. */
  markDown(): void;
}

/** A gate over one target. `now` and `check` are injectable for tests. */
export function createDatabaseGate(target: DatabaseTarget | null, check = probe, now = () => Date.now()): DatabaseGate {
  const state: GateState = { reachable: true, checkedAt: -Infinity, inFlight: null };
  let generation = 0;
  return {
    reachable() {
      if (!target) return Promise.resolve(true);
      const trustFor = state.reachable ? TRUST_UP_MS : TRUST_DOWN_MS;
      if (now() - state.checkedAt < trustFor) return Promise.resolve(state.reachable);
      if (!state.inFlight) {
        const started = generation;
        state.inFlight = check(target).then((reachable) => {
          // A failure reported while this probe ran is newer news than a probe that began before it.
          if (started === generation) Object.assign(state, { reachable, checkedAt: now() });
          state.inFlight = null;
          return state.reachable;
        });
      }
      return state.inFlight;
    },
    markDown() {
      if (!target) return;
      generation += 1;
      Object.assign(state, { reachable: false, checkedAt: now() });
    },
  };
}

const DATABASE_GATE = Symbol.for('claimdesk.databaseGate');
type WithGate = typeof globalThis & { [DATABASE_GATE]?: DatabaseGate };

/** The process's gate over DATABASE_URL, made on first use. */
function processGate(): DatabaseGate {
  const holder = globalThis as WithGate;
  holder[DATABASE_GATE] ??= createDatabaseGate(databaseTarget(process.env.DATABASE_URL));
  return holder[DATABASE_GATE];
}

export function databaseReachable(): Promise<boolean> {
  return processGate().reachable();
}

/**
 * Tells the gate about an error the app met; true when it says the database is unreachable (the
 * gate is then down). Anything else (a bug, a bad query) is left alone.
 */
export function reportDatabaseFailure(error: unknown): boolean {
  if (!isDatabaseUnavailable(error)) return false;
  processGate().markDown();
  return true;
}
