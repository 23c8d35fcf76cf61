/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import type { CodeSplittingGroup, OutputBundle, OutputChunk } from 'rolldown';
import react from '@vitejs/plugin-react';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { minifySync } from 'rolldown/experimental';
import { precompiledMessages } from './vite-messages.ts';

/**
 * A language's messages (src/ui/i18n/load.ts, src/rules/messages/load.ts): the entry loads the
 * person's language only, so none is announced to every page.
 */
const languageModule = /[\\/]src[\\/](ui[\\/]i18n[\\/](catalogue-|pseudo-text)|rules[\\/]messages[\\/]messages-)/;
const byLanguage = (chunk: OutputChunk) => chunk.moduleIds.some((id) => languageModule.test(id));

/**
 * The chunks an entry loads at once: its dynamic imports and everything they import. A language's
 * own chunks are left out, not what they import, which every language needs (the plural rules and
 * formatters the compiled messages call): announced, it loads with the rest, where found only
 * once the language's chunk has arrived it came about 100 ms later at CPU 4x.
 */
function firstLoadChunks(bundle: OutputBundle, entry: OutputChunk): string[] {
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    const chunk = bundle[file];
    if (chunk?.type !== 'chunk' || file === entry.fileName || seen.has(file)) return;
    seen.add(file);
    if (!byLanguage(chunk)) files.add(file);
    chunk.imports.forEach(visit);
  };
  entry.dynamicImports.forEach(visit);
  return [...files];
}

/**
 * The first load, in two hints to the browser:
 * - The entry (src/app/main.tsx) is tiny and imports the console and the embedded backend
 *   dynamically, so the browser would only ask for their code once the entry has run.
 *   `<link rel=modulepreload>` tags announce those chunks in the HTML instead.
 * - V8 compiles a function when it is first called, on the main thread. The first page calls most
 *   of the code of these chunks, so each starts with `//# allFunctionsCalledOnLoad` (V8's explicit
 *   compile hint, Chrome 136+): their functions are compiled with the download, off the main
 *   thread. Other browsers ignore the comment.
 */
function firstLoad(): Plugin {
  let base = '/';
  return {
    name: 'first-load',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle, chunk: entry }) {
        if (!bundle || !entry) return html;
        const src = `src="${base}${entry.fileName}"`;
        return {
          // The entry holds the first paint until it has run (blocking=render, not parser-blocking):
          // it puts the theme chosen in Settings on <html> (src/ui/theme.ts), so a dark choice never
          // flashes light. Nothing shows before it anyway: the page is empty until the console renders.
          html: html.replace(src, `${src} blocking="render"`),
          tags: firstLoadChunks(bundle, entry).map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` },
            injectTo: 'head' as const,
          })),
        };
      },
    },
    generateBundle(_options, bundle) {
      for (const entry of Object.values(bundle)) {
        if (entry.type !== 'chunk' || !entry.isEntry) continue;
        for (const file of [entry.fileName, ...firstLoadChunks(bundle, entry)]) {
          const chunk = bundle[file] as OutputChunk;
          chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
        }
      }
    },
  };
}

/** A language's first messages, the UI's main part and the rules' (its pages' part comes later): its name. */
const languageFirst = /[\\/](?:catalogue|messages)-(en|zh-CN)(?:-US)?\.ts$/;
/** What the embedded backend loads to start MSW once the first rows show (src/mocks/browser.ts). */
const mswRoot = /[\\/]node_modules[\\/]msw[\\/]lib[\\/]browser[\\/]index\.mjs$|[\\/]src[\\/]mocks[\\/]handlers\.ts$/;

/**
 * The first load in a few chunks instead of some twenty: the console with the embedded backend
 * (what the entry imports dynamically, and what every language's messages import); a language's
 * first messages, the UI's and the rules' together; and MSW. Left to itself, Rolldown splits them
 * by which later chunks share each module: each file is compressed on its own and names what it
 * imports from the others: the console's code in 17 files was 149.2 kB gzip, in one 140.6 kB.
 * The entry's own modules stay in the entry, which holds the first paint (firstLoad), and the
 * groups take no module beyond those listed (includeDependenciesRecursively), or the entry's own
 * would be pulled into them.
 */
function firstLoadGroups(): { plugin: Plugin; groups: CodeSplittingGroup[] } {
  const consoleModules = new Set<string>();
  const mswModules = new Set<string>();
  const plugin: Plugin = {
    name: 'first-load-groups',
    apply: 'build',
    buildEnd() {
      consoleModules.clear();
      mswModules.clear();
      const info = (id: string) => this.getModuleInfo(id);
      const closure = (roots: readonly string[]) => {
        const out = new Set<string>();
        const visit = (id: string) => {
          if (out.has(id)) return;
          out.add(id);
          info(id)?.importedIds.forEach(visit);
        };
        roots.forEach(visit);
        return out;
      };
      const ids = [...this.getModuleIds()];
      const entryOwn = closure(ids.filter((id) => info(id)?.isEntry));
      const messages = ids.filter((id) => languageModule.test(id));
      const loaded = [...entryOwn].flatMap((id) => info(id)?.dynamicallyImportedIds ?? []);
      const first = closure([
        ...loaded.filter((id) => !messages.includes(id)),
        ...messages.flatMap((id) => info(id)?.importedIds ?? []).filter((id) => !messages.includes(id)),
      ]);
      for (const id of first) if (!entryOwn.has(id)) consoleModules.add(id);
      for (const id of closure(ids.filter((id) => mswRoot.test(id))))
        if (!entryOwn.has(id) && !first.has(id)) mswModules.add(id);
    },
  };
  return {
    plugin,
    groups: [
      { name: 'console', test: (id) => consoleModules.has(id), includeDependenciesRecursively: false },
      {
        debugName: 'messages',
        name: (id) => {
          const language = languageFirst.exec(id)?.[1];
          return language ? `messages-${language}` : null;
        },
        includeDependenciesRecursively: false,
      },
      { name: 'msw', test: (id) => mswModules.has(id), includeDependenciesRecursively: false },
    ],
  };
}

/**
 * MSW's service worker (public/mockServiceWorker.js, as `msw init` writes it: comments, long names),
 * minified in the build: 3.2 -> 1.5 kB gzip of every first visit. Its version and integrity checksum
 * are constants the page asks for, and stay as they are.
 */
function minifiedWorker(): Plugin {
  let file = '';
  return {
    name: 'minified-worker',
    apply: 'build',
    configResolved(config) {
      file = path.resolve(config.root, config.build.outDir, 'mockServiceWorker.js');
    },
    closeBundle() {
      if (!fs.existsSync(file)) return;
      const { code, errors } = minifySync(file, fs.readFileSync(file, 'utf8'));
      if (errors.length > 0) this.error(`mockServiceWorker.js: ${errors.map((e) => e.message).join('; ')}`);
      fs.writeFileSync(file, code);
    },
  };
}

/**
 * MSW's cookie store, replaced in the client bundle by src/mocks/msw-cookie-store.ts (see there: the
 * embedded backend has no cookies, and the store brings tough-cookie and a public-suffix list).
 * Only MSW's own two users of the store are redirected; tests and the Node hosts keep the real one.
 */
function mswCookieStoreLite(): Plugin {
  const lite = fileURLToPath(new URL('./src/mocks/msw-cookie-store.ts', import.meta.url));
  return {
    name: 'msw-cookie-store-lite',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source !== '../cookieStore.mjs' || !importer) return null;
      return /[\\/]msw[\\/]lib[\\/]core[\\/]utils[\\/]request[\\/]/.test(importer) ? lite : null;
    },
  };
}

const chunks = firstLoadGroups();

export default defineConfig(({ mode }) => ({
  plugins: [
    react(),
    firstLoad(),
    chunks.plugin,
    minifiedWorker(),
    precompiledMessages(),
    ...(mode === 'test' ? [] : [mswCookieStoreLite()]),
  ],
  server: { host: '127.0.0.1', strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: {
    target: 'es2022',
    // The first load's chunks are announced in the HTML (see firstLoad); a chunk loaded later
    // names its own imports, which the browser fetches as it parses it. Vite's runtime preload
    // helper (and the dependency table it writes before a chunk's code) is not needed.
    modulePreload: false,
    // One stylesheet, linked from the HTML: no chunk has to wait for CSS of its own.
    cssCodeSplit: false,
    rolldownOptions: { output: { codeSplitting: { groups: chunks.groups } } },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.mjs'],
    css: false,
    // Whole pages against the real resolvers in jsdom are slow on a busy machine; no assertion is
    // about time. (Testing Library's wait for an element is set beside it, in src/test/setup.ts.)
    testTimeout: 20_000,
  },
}));
