import { defineConfig } from 'vitest/config';

// API contract tests: the mock backend over real HTTP (node:http), driven by the official SDK.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/api/**/*.test.ts'],
    globalSetup: ['tests/api/global-setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
