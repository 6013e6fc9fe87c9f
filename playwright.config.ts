// Browser tests against a production build (`next start`) on the throwaway database that
// `npm test` prepares. Chromium is Debian's (or CHROMIUM_PATH): no browser is ever downloaded.
import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
// The local stand-in for cited web pages, served by the e2e job worker (second web server below).
// Set here so the specs, which load this config too, know its address.
process.env.E2E_STAND_IN_PORT ??= String(port + 1);
const standInOrigin = `http://127.0.0.1:${process.env.E2E_STAND_IN_PORT}`;

if (!process.env.DATABASE_URL) {
  throw new Error('The browser tests need the database that `npm test` prepares: run `npm test`.');
}

export default defineConfig({
  testDir: 'e2e',
  // Generous: the suite must pass on a busy 2-core machine (long flows set their own, longer ones).
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [
    // Signs the demo users in once and saves their sessions (e2e/.auth, git-ignored) for the specs.
    { name: 'sign-in', testMatch: /auth\.setup\.ts$/ },
    { name: 'chromium', use: { ...devices['Desktop Chrome'] }, dependencies: ['sign-in'] },
  ],
  webServer: [
    {
      command: `node node_modules/next/dist/bin/next start --port ${port} --hostname 127.0.0.1`,
      url: `${baseURL}/login`,
      reuseExistingServer: false,
      timeout: 60_000,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
      env: { NODE_ENV: 'production', PUBLIC_BASE_URL: baseURL, ORGANIZATION_URL: baseURL },
    },
    {
      // The job worker, as `npm start` runs it, allowed to fetch only the local stand-in site.
      command: 'node node_modules/tsx/dist/cli.mjs tests/support/e2e-archive-worker.ts',
      url: `${standInOrigin}/__control/ready`,
      reuseExistingServer: false,
      timeout: 60_000,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
      env: { NODE_ENV: 'production', ARCHIVE_TEST_ALLOW_LOOPBACK: '1', ORGANIZATION_URL: baseURL },
    },
  ],
});
