// Environment, parsed once. Server code reads configuration from here, never from process.env.
import { z } from 'zod';

const envSchema = z.object({
  DATABASE_URL: z.string().min(1, 'DATABASE_URL is not set: run the app with `npm run dev` or `npm start`, which provide one'),
  AUTH_SECRET: z.string().min(16, 'AUTH_SECRET must be at least 16 characters').optional(),
  /** Public origin of the reader pages, used in canonical URLs, ClaimReview and social cards. */
  PUBLIC_BASE_URL: z.url().default('http://localhost:3000'),
  /** The fact-checking organisation named as ClaimReview author. */
  ORGANIZATION_NAME: z.string().min(1).default('ClaimDesk'),
  ORGANIZATION_URL: z.url().default('http://localhost:3000'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function getEnv(): Env {
  if (!cached) {
    const parsed = envSchema.safeParse(process.env);
    if (!parsed.success) {
      const lines = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
      throw new Error(`Invalid environment:\n${lines.join('\n')}`);
    }
    cached = parsed.data;
  }
  return cached;
}
