import { defineConfig } from 'vite';
import { precompiledMessages } from './vite-messages.ts';

// Builds the standalone mock API server (src/mocks/server-main.ts) for Node, so that
// `npm run mock-api` runs the very resolvers the service worker runs, without a TS runner.
export default defineConfig({
  plugins: [precompiledMessages()],
  build: {
    ssr: 'src/mocks/server-main.ts',
    outDir: 'dist-server',
    target: 'node20',
    emptyOutDir: true,
    rollupOptions: { output: { entryFileNames: 'server-main.js', format: 'es' } },
  },
  ssr: { noExternal: true },
});
