// Runs before each integration test file: points the app's database client at the test database
// and replaces the two Next.js request-bound pieces (the session and cache revalidation) with
// controllable stand-ins, so server actions can be called directly as any user, or as nobody.
import { inject, vi } from 'vitest';

process.env.DATABASE_URL = inject('integrationDatabaseUrl');
process.env.AUTH_SECRET ??= 'integration-test-secret-0123456789';
// Actions answer in the caller's language; test users have chosen none and there is no browser,
// so the default applies: English, which the assertions read (profile-actions.test.ts covers 'id').
process.env.DEFAULT_LOCALE = 'en';

vi.mock('@/lib/auth/config', async () => (await import('./session-double')).authConfigDouble);

vi.mock('next/cache', () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
  unstable_cache: <T>(fn: T) => fn,
}));
