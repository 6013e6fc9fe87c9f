import path from 'node:path';
import { defineConfig } from 'vitest/config';

// Unit tests sit beside the code (lib/**/*.test.ts); integration tests that need PostgreSQL
// live in tests/integration and get a throwaway embedded database from the global setup.
export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      'server-only': path.resolve(import.meta.dirname, 'tests/support/empty-module.ts'),
    },
  },
  test: {
    include: ['lib/**/*.test.ts', 'components/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
    environment: 'node',
  },
});
