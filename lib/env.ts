// Environment, parsed once. Server code reads configuration from here, never from process.env.
import { z } from 'zod';
import { LOCALES } from '@/lib/i18n/locales';

function portList() {
  return z
    .string()
    .default('')
    .transform((value, context) => {
      const ports = value
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean)
        .map(Number);
      if (ports.some((port) => !Number.isInteger(port) || port < 1 || port > 65535))
        context.addIssue({ code: 'custom', message: 'ARCHIVE_ALLOWED_PORTS must list port numbers, e.g. 8080,8443' });
      return ports;
    });
}

const envSchema = z.object({
  DATABASE_URL: z.string().min(1, 'DATABASE_URL is not set: run the app with `npm run dev` or `npm start`, which provide one'),
  AUTH_SECRET: z.string().min(16, 'AUTH_SECRET must be at least 16 characters').optional(),
  /** Public origin of the reader pages, used in canonical URLs, ClaimReview and social cards. */
  PUBLIC_BASE_URL: z.url().default('http://localhost:3000'),
  /** The fact-checking organisation named as ClaimReview author. */
  ORGANIZATION_NAME: z.string().min(1).default('ClaimDesk'),
  ORGANIZATION_URL: z.url().default('http://localhost:3000'),
  /** Readers' language when neither their choice (cookie) nor their browser names one we have. */
  DEFAULT_LOCALE: z.enum(LOCALES, { error: `DEFAULT_LOCALE must be one of: ${LOCALES.join(', ')}` }).default('id'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** Connections each app process keeps to PostgreSQL. */
  DB_POOL_SIZE: z.coerce
    .number()
    .int('DB_POOL_SIZE must be a whole number')
    .min(1, 'DB_POOL_SIZE must be at least 1')
    .max(200, 'DB_POOL_SIZE must be at most 200')
    .default(10),
  /** Ports the evidence archiver may fetch besides 80 and 443, comma-separated (e.g. `8080`). */
  ARCHIVE_ALLOWED_PORTS: portList(),
  /** Test-only: lets the archiver fetch the tests' stand-in server on loopback (any port). Never in production. */
  ARCHIVE_TEST_ALLOW_LOOPBACK: z.enum(['0', '1']).default('0'),
  /** `1`: the archive job also asks the Internet Archive to save each cited URL. */
  WAYBACK_SAVE: z.enum(['0', '1']).default('0'),
  /** Where WAYBACK_SAVE asks: the Internet Archive, or another archive with its `/save/<url>` interface. */
  WAYBACK_ORIGIN: z
    .url({ protocol: /^https?$/, error: 'WAYBACK_ORIGIN must be an http(s) address such as https://web.archive.org' })
    .transform((value) => value.replace(/\/+$/u, ''))
    .default('https://web.archive.org'),
  /** When the watch re-checks published verdicts' sources (cron, the server's time zone): daily by default. */
  WATCH_CRON: z.string().min(9, 'WATCH_CRON must be a cron expression such as "0 4 * * *"').default('0 4 * * *'),
  /** Days the watch keeps its checks that found nothing (lib/evidence-archive/prune-job.ts). */
  WATCH_KEEP_DAYS: z.coerce
    .number()
    .int('WATCH_KEEP_DAYS must be a whole number of days')
    .min(1, 'WATCH_KEEP_DAYS must be at least 1')
    .max(3650, 'WATCH_KEEP_DAYS must be at most 3650')
    .default(30),
  /** When those old checks are deleted (cron, the server's time zone): daily, after the watch. */
  WATCH_PRUNE_CRON: z.string().min(9, 'WATCH_PRUNE_CRON must be a cron expression such as "30 5 * * *"').default('30 5 * * *'),
  /** When the daily e-mail digests (of the day before, UTC) go out. */
  DIGEST_CRON: z.string().min(9, 'DIGEST_CRON must be a cron expression such as "0 6 * * *"').default('0 6 * * *'),
  /** Share of a source's readable text (0 to 1) that must change before the watch flags it. */
  WATCH_CHANGE_THRESHOLD: z.coerce.number().gt(0).lt(1, 'WATCH_CHANGE_THRESHOLD must be between 0 and 1').default(0.02),
  /** `0`: `npm run dev` and `npm start` do not start the job worker (run `npm run worker` instead). */
  JOBS_WORKER: z.enum(['0', '1']).default('1'),
  /**
   * Base URLs of the caching proxies in front (Varnish), comma-separated, e.g. `http://127.0.0.1:6081`.
   * Publishing, correcting or unpublishing then queues purges for each (lib/cache-purge/); unset, none.
   */
  CACHE_PURGE_TARGETS: z
    .string()
    .default('')
    .transform((value, context) => {
      const targets = value
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean);
      for (const target of targets) {
        if (!z.url({ protocol: /^https?$/ }).safeParse(target).success)
          context.addIssue({ code: 'custom', message: `CACHE_PURGE_TARGETS: ${target} is not an http(s) URL` });
      }
      return targets;
    }),
  /**
   * Outgoing e-mail for notifications (lib/mail/): an SMTP URL such as `smtps://user:pass@smtp.example.org:465`
   * and the sender, e.g. `ClaimDesk <desk@example.org>`. Without both, e-mail is off; the inbox still works.
   */
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'SMTP_URL must be an smtp:// or smtps:// URL' }).optional(),
  MAIL_FROM: z.string().trim().min(3, 'MAIL_FROM must name the sender, e.g. ClaimDesk <desk@example.org>').optional(),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function getEnv(): Env {
  if (!cached) {
    cached = parseEnv(process.env);
  }
  return cached;
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
