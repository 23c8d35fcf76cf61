import MessageFormat from '@messageformat/core';
import compileModule from '@messageformat/core/lib/compile-module.js';
import { parse } from '@messageformat/parser';
import { fileURLToPath } from 'node:url';
import { normalizePath, type Plugin } from 'vite';
import { sources } from './src/rules/messages/catalogues.ts';
import type { Language } from './src/rules/messages/params.ts';
import { renderedParams } from './src/rules/messages/rendered-params.ts';
import { en } from './src/ui/i18n/en.ts';
import { catalogueParts, partOfCatalogue } from './src/ui/i18n/parts.ts';
import { pseudoCatalogue } from './src/ui/i18n/pseudo-catalogue.ts';
import { zhCN } from './src/ui/i18n/zh-CN.ts';

const path = (file: string) => normalizePath(fileURLToPath(new URL(file, import.meta.url)));

/** One language of the rules' messages, compiled. */
function rulesModule(language: Language): string {
  return compileModule(new MessageFormat(language), sources[language]).replace(
    'export default',
    'export const messages =',
  );
}

/**
 * One part of one language of the UI's catalogue (src/ui/i18n/load.ts loads each as its own chunk):
 * a message without arguments stays a string, the others become functions of their parameters.
 */
function uiModule(locale: string, source: Record<string, string>): string {
  const plain: Record<string, string> = {};
  const formatted: Record<string, string> = {};
  for (const [key, text] of Object.entries(source)) {
    const tokens = parse(text, { strict: true });
    if (tokens.every((t) => t.type === 'content')) plain[key] = tokens.map((t) => t.value).join('');
    else formatted[key] = text;
  }
  const compiled = compileModule(new MessageFormat(locale), formatted)
    .replace('export default', 'const compiled =')
    // `#` through the UI's own number (plain digits below 1,000: no Intl on the first page).
    .replace(/import \{([^}]*)\} from "@messageformat\/runtime";/, (_all, names: string) => {
      const rest = names
        .split(',')
        .map((n) => n.trim())
        .filter((n) => n && n !== 'number');
      return `${rest.length > 0 ? `import { ${rest.join(', ')} } from "@messageformat/runtime";\n` : ''}import { number } from ${JSON.stringify(NUMBERS)};`;
    });
  return `${compiled};\nexport const messages = Object.assign(compiled, ${JSON.stringify(plain)});\n`;
}

/** The UI's languages: the locale whose plural rules apply, and the text. */
const uiLanguages = {
  en: ['en', () => en],
  'zh-CN': ['zh-CN', () => zhCN],
  pseudo: ['en', () => pseudoCatalogue(en)],
} as const;

/** Each module this plugin replaces, and what it is replaced with. */
const replaced = new Map<string, () => string>([
  ...Object.keys(sources).map((language): [string, () => string] => [
    path(`./src/rules/messages/messages-${language}.ts`),
    () => rulesModule(language as Language),
  ]),
  [
    path('./src/rules/messages/rendered-params.ts'),
    () => `export const renderedParams = ${JSON.stringify(renderedParams)};\n`,
  ],
  ...Object.entries(uiLanguages).flatMap(([language, [locale, source]]) =>
    catalogueParts.map((part): [string, () => string] => [
      path(`./src/ui/i18n/catalogue-${language}${part === 'main' ? '' : `-${part}`}.ts`),
      () => uiModule(locale, partOfCatalogue(source(), part)),
    ]),
  ),
]);
/** The number the UI's messages write for `#` (src/ui/i18n/format.ts). */
const NUMBERS = path('./src/ui/i18n/format.ts');
/** Where the catalogues are compiled without this plugin: their importers are all replaced. */
const COMPILERS = new Set([path('./src/ui/i18n/compile-catalogue.ts'), path('./src/rules/messages/compile.ts')]);

/**
 * The message catalogues, compiled at build time: each language of the rules'
 * (src/rules/messages/messages-<language>.ts) and each part of each language of the UI's (src/ui/i18n/catalogue-*.ts) are replaced by their messages
 * compiled to JavaScript functions (messageformat's compileModule), so the bundle holds no message
 * parser or compiler, only messageformat's small runtime. The config imports the catalogues, so a
 * change to one restarts the dev server and Vitest like a change to the config. Used by every Vite
 * config: the console, Vitest (unit and API) and the standalone server.
 */
export function precompiledMessages(): Plugin {
  return {
    name: 'precompiled-messages',
    enforce: 'pre',
    resolveId(source, importer) {
      // Only the modules this plugin replaces (and the UI's fallback compiler) import the compiler:
      // reaching it means a replacement failed, and the bundle would carry the compiler (and its
      // `new Function`).
      if (!source.startsWith('@messageformat/core') || !importer) return null;
      const from = normalizePath(importer);
      if (replaced.has(from) || COMPILERS.has(from)) this.error(`${from} was not replaced by its compiled messages`);
      return null;
    },
    load(id) {
      return replaced.get(normalizePath(id.split('?')[0]!))?.() ?? null;
    },
  };
}
