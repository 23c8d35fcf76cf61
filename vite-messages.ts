import MessageFormat from '@messageformat/core';
import compileModule from '@messageformat/core/lib/compile-module.js';
import { fileURLToPath } from 'node:url';
import { normalizePath, type Plugin } from 'vite';
import { renderedParams, sources } from './src/rules/messages/catalogues.ts';

const CATALOGUES = normalizePath(fileURLToPath(new URL('./src/rules/messages/catalogues.ts', import.meta.url)));

/**
 * The message catalogues, compiled at build time: src/rules/messages/catalogues.ts is replaced by
 * its messages compiled to JavaScript functions (messageformat's compileModule), so the bundle
 * holds no message parser or compiler, only messageformat's small runtime. The config imports the
 * catalogues, so a change to one restarts the dev server and Vitest like a change to the config.
 * Used by every Vite config: the console, Vitest (unit and API) and the standalone server.
 */
export function precompiledMessages(): Plugin {
  return {
    name: 'precompiled-messages',
    enforce: 'pre',
    resolveId(source, importer) {
      // Only the module this plugin replaces imports the compiler: reaching it means the
      // replacement failed, and the bundle would carry the compiler (and its `new Function`).
      if (source.startsWith('@messageformat/core') && importer && normalizePath(importer) === CATALOGUES)
        this.error(`${CATALOGUES} was not replaced by its compiled messages`);
      return null;
    },
    load(id) {
      if (normalizePath(id.split('?')[0]!) !== CATALOGUES) return null;
      const compiled = compileModule(new MessageFormat(Object.keys(sources)), sources);
      return `${compiled.replace('export default', 'export const catalogues =')};\nexport const renderedParams = ${JSON.stringify(renderedParams)};\n`;
    },
  };
}
