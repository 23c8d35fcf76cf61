import { defineConfig } from 'vite';

// Builds the signing proxy (src/proxy/cvm-proxy.ts) for Node, so that scripts/serve.mjs (plain
// JavaScript) can load it: the proxy's allow-list is the rules module's own action list. The SDK
// and zod stay imports from node_modules (SSR builds leave dependencies external).
export default defineConfig({
  publicDir: false,
  build: {
    ssr: 'src/proxy/cvm-proxy.ts',
    outDir: 'dist-proxy',
    target: 'node20',
    emptyOutDir: true,
    rollupOptions: { output: { entryFileNames: 'cvm-proxy.js', format: 'es' } },
  },
});
