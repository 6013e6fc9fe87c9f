// The one way to queue a background job. Inside a Prisma transaction pass `tx`: the job is
// inserted on the transaction's own connection, so it exists exactly when the change that asked
// for it is committed (never a job for a rolled-back change, never a change without its job).
import 'server-only';
import type PgBoss from 'pg-boss';
import { getEnv } from '@/lib/env';
import { startBoss } from './boss';
import { JOBS, type JobName, type JobPayload } from './handlers';

/** What a Prisma client or interactive transaction offers for raw SQL. */
export interface RawSqlRunner {
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>;
}

export interface EnqueueOptions {
  tx?: RawSqlRunner;
  /** At most one queued job with this key per queue (pg-boss singleton). */
  singletonKey?: string;
  startAfterSeconds?: number;
}

const processState = globalThis as unknown as { claimdeskJobSender?: Promise<PgBoss> };

function sender(): Promise<PgBoss> {
  processState.claimdeskJobSender ??= startBoss({
    connectionString: getEnv().DATABASE_URL,
    role: 'sender',
    log: (line) => console.error(`[claimdesk] ${line}`),
  }).catch((error: unknown) => {
    processState.claimdeskJobSender = undefined;
    throw error;
  });
  return processState.claimdeskJobSender;
}

/** pg-boss's SQL, run on the caller's transaction; JSON values go as text, missing values as NULL. */
function onTransaction(tx: RawSqlRunner): PgBoss.Db {
  return {
    executeSql: async (text: string, values: unknown[]) => {
      const params = values.map((value) =>
        value === undefined
          ? null
          : value !== null && typeof value === 'object' && !(value instanceof Date)
            ? JSON.stringify(value)
            : value,
      );
      return { rows: await tx.$queryRawUnsafe<unknown[]>(text, ...params) };
    },
  };
}

export async function enqueueJob<N extends JobName>(name: N, payload: JobPayload<N>, options: EnqueueOptions = {}): Promise<string | null> {
  const data = JOBS[name].payload.parse(payload) as object;
  const boss = await sender();
  return boss.send(name, data, {
    ...(options.tx ? { db: onTransaction(options.tx) } : {}),
    ...(options.singletonKey ? { singletonKey: options.singletonKey } : {}),
    ...(options.startAfterSeconds ? { startAfter: options.startAfterSeconds } : {}),
  });
}
