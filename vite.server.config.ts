import { defineConfig } from 'vite';

// Builds the standalone mock API server (src/mocks/server-main.ts) for Node, so that
// `npm run mock-api` runs the very resolvers the service worker runs, without a TS runner.
// Entries are named: a script that drives the server (scripts/load-test) adds its own entry to
// the same build, to read the rules from the code the server runs.
export default defineConfig({
  build: {
    ssr: true,
    outDir: 'dist-server',
    target: 'node20',
    emptyOutDir: true,
    rollupOptions: {
      input: { 'server-main': 'src/mocks/server-main.ts' },
      output: { entryFileNames: '[name].js', format: 'es' },
    },
  },
  ssr: { noExternal: true },
});
