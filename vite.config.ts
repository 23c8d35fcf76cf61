/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

export default defineConfig(({ mode }) => ({
  plugins: [react()],
  resolve: {
    // See src/mocks/tldts-lite.ts: the public-suffix list is dead weight in the browser.
    alias:
      mode === 'test'
        ? []
        : [{ find: 'tldts', replacement: fileURLToPath(new URL('./src/mocks/tldts-lite.ts', import.meta.url)) }],
  },
  server: { host: '127.0.0.1', strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: { target: 'es2022' },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
  },
}));
