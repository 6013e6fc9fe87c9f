import path from 'node:path';
import { defineConfig } from 'vitest/config';

const alias = {
  '@': path.resolve(import.meta.dirname),
  // Server modules import 'server-only' to stay out of client bundles; under Vitest it is a no-op.
  'server-only': path.resolve(import.meta.dirname, 'tests/support/empty-module.ts'),
};

// next-auth imports 'next/server', which Node's own ESM resolver cannot find in the next package
// (it has no exports map); through Vite's resolver it loads, so code that uses its error classes
// (AuthError, CredentialsSignin) can be tested with the real ones.
const nextAuthThroughVite = { deps: { inline: ['next-auth'] } };

// Unit tests sit beside the code; integration tests call server actions directly against a real
// PostgreSQL (the one `npm test` prepares, or a throwaway embedded one started by the global setup).
export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['lib/**/*.test.ts', 'components/**/*.test.ts', 'scripts/**/*.test.ts'],
          environment: 'node',
          server: nextAuthThroughVite,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/integration-global-setup.ts'],
          setupFiles: ['tests/support/integration-setup.ts'],
          testTimeout: 30_000,
          server: nextAuthThroughVite,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
