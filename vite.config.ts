/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

/**
 * The entry (src/app/main.tsx) is tiny and imports the console and the embedded backend
 * dynamically, so Vite would only ask for their code once the entry has run. Announcing those
 * chunks in the HTML lets the browser fetch and compile them while it parses the page.
 */
function preloadFirstLoad(): Plugin {
  let base = '/';
  return {
    name: 'preload-first-load',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const { bundle, chunk: entry } = ctx;
        if (!bundle || !entry) return [];
        const files = new Set<string>();
        const visit = (file: string) => {
          const chunk = bundle[file];
          if (chunk?.type !== 'chunk' || file === entry.fileName || files.has(file)) return;
          files.add(file);
          chunk.imports.forEach(visit);
        };
        entry.dynamicImports.forEach(visit);
        return [...files].map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

export default defineConfig(({ mode }) => ({
  plugins: [react(), preloadFirstLoad()],
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
