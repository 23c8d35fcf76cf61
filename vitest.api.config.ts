import { defineConfig } from 'vitest/config';
import { precompiledMessages } from './vite-messages.ts';

// API contract tests: the mock backend over real HTTP (node:http), driven by the official SDK.
export default defineConfig({
  plugins: [precompiledMessages()],
  test: {
    environment: 'node',
    include: ['tests/api/**/*.test.ts'],
    globalSetup: ['tests/api/global-setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
