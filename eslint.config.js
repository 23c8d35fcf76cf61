// ESLint 9 flat config. Syntax-only (no type-aware rules) so that `eslint .` stays fast.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import testingLibrary from 'eslint-plugin-testing-library';
import globals from 'globals';

// ---- Import-direction guard -------------------------------------------------------------
// Layers, innermost first: rules <- mocks (rules + msw) ; rules <- api <- ui <- features <- app.
// `src/test` (Vitest helpers) may import any layer; tests (`*.test.ts(x)`) may also import the mocks.
// A relative import, static or dynamic, that climbs out of a layer folder into a forbidden sibling
// folder (`../api`, `../../ui/Button.tsx`, ...) is matched by the regex below. The rule is itself
// tested: src/layers.test.ts feeds a forbidden import of every layer to ESLint and expects the error.
const climbsInto = (dirs) => `^(\\.\\./)+(${dirs.join('|')})(/.*)?$`;
const why = (dirs) =>
  `This layer may not import from ${dirs.map((d) => `src/${d}`).join(', ')} (see the import-direction rules in eslint.config.js).`;
const siblings = (...dirs) => ({ regex: climbsInto(dirs), message: why(dirs) });
const packages = (names, message) => ({ group: names, message });

const REACT = ['react', 'react/*', 'react-dom', 'react-dom/*'];
const ROUTER = ['wouter', 'wouter/*'];
const TANSTACK = ['@tanstack/*'];
const MSW = ['msw', 'msw/*'];
// The console's routes come through one module, src/features/router.tsx: the router can be
// replaced there alone (it was, react-router for wouter).
const VIA_ROUTER = packages(ROUTER, 'Import the router through src/features/router.tsx, not wouter itself.');

/**
 * The complete restriction list of a layer: forbidden packages and sibling folders, for static
 * imports and re-exports (no-restricted-imports) and for `import()` (no-restricted-syntax).
 */
const restrictions = (pkgs, folders, more = []) => ({
  'no-restricted-imports': ['error', { patterns: [...pkgs, siblings(...folders)] }],
  'no-restricted-syntax': [
    'error',
    {
      selector: `ImportExpression[source.value=/${climbsInto(folders).replaceAll('/', '\\/')}/]`,
      message: why(folders),
    },
    ...more,
  ],
});

// ---- No hard-coded text in JSX ---------------------------------------------------------------
// Every string a person sees or hears comes from the UI's catalogue (src/ui/i18n), in their
// language: a text child with a letter, or a literal (string or template) as a text child, as
// either branch of `cond ? a : b` / `a && b` there, or as the value of a prop that is shown or
// announced. Symbols without letters (×, ↕, ·) are fine. Tests are exempt. The rule is itself
// tested: src/hard-coded-strings.test.ts plants a literal of every kind and expects the error.
const LETTER = '/[A-Za-z\\u3400-\\u9fff]/';
const SHOWN_PROPS =
  'aria-label|aria-description|aria-valuetext|aria-placeholder|title|placeholder|alt|label|hint|text|caption|emptyText|submitLabel|pendingLabel|nameLabel|descriptionLabel|accessibleName|reason|error';
const TEXT_MESSAGE = "Text a person sees or hears comes from the catalogue: t('key') (src/ui/i18n/en.ts).";
const literal = (at) => [
  `${at} > Literal[value=${LETTER}]`,
  `${at} > TemplateLiteral > TemplateElement[value.raw=${LETTER}]`,
  `${at} > :matches(ConditionalExpression, LogicalExpression) > Literal[value=${LETTER}]`,
  `${at} > :matches(ConditionalExpression, LogicalExpression) > TemplateLiteral > TemplateElement[value.raw=${LETTER}]`,
];
const HARD_CODED_TEXT = [
  `JSXText[value=${LETTER}]`,
  ...literal('JSXExpressionContainer:not(JSXAttribute > JSXExpressionContainer)'),
  `JSXAttribute[name.name=/^(${SHOWN_PROPS})$/] > Literal[value=${LETTER}]`,
  ...literal(`JSXAttribute[name.name=/^(${SHOWN_PROPS})$/] > JSXExpressionContainer`),
].map((selector) => ({ selector, message: TEXT_MESSAGE }));

/**
 * Three blocks per layer: its source files may import none of `folders` (and its components say
 * no hard-coded text); its tests may also use the mock backend (src/mocks) and the Vitest helpers
 * (src/test), unless `folders` lists them under `testsToo`. One list per file set, as a later
 * block's no-restricted-syntax replaces an earlier one's.
 */
const TEST_ONLY = ['mocks', 'test'];
const layer = (dir, { packages: pkgs = [], folders, testsToo = [] }) => [
  { files: [`src/${dir}/**/*.{ts,tsx}`], rules: restrictions(pkgs, folders) },
  { files: [`src/${dir}/**/*.tsx`], rules: restrictions(pkgs, folders, HARD_CODED_TEXT) },
  {
    files: [`src/${dir}/**/*.test.{ts,tsx}`],
    rules: restrictions(
      pkgs,
      folders.filter((f) => !TEST_ONLY.includes(f) || testsToo.includes(f)),
    ),
  },
];

export default defineConfig([
  globalIgnores([
    'dist/',
    'dist-server/',
    'dist-bench/',
    'dist-*/',
    'node_modules/',
    'public/mockServiceWorker.js',
    'coverage/',
    'test-results/',
    'playwright-report/',
    'bench/results/',
    'lighthouse/',
  ]),

  js.configs.recommended,
  tseslint.configs.recommended,

  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      'no-unused-vars': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          args: 'after-used',
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },

  // React: hooks rules for all source; accessibility rules for components.
  {
    files: ['src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    files: ['src/**/*.test.tsx'],
    ...testingLibrary.configs['flat/react'],
  },

  // Import direction, one layer at a time (each pair of blocks is the complete list for its folder).
  ...layer('rules', {
    packages: [
      packages(
        [...REACT, ...MSW, ...TANSTACK, ...ROUTER],
        'src/rules is framework-free: no react, msw, @tanstack or router imports.',
      ),
    ],
    folders: ['api', 'ui', 'features', 'app', 'mocks', 'test'],
    testsToo: ['mocks'],
  }),
  ...layer('mocks', {
    packages: [
      packages(
        [...REACT, ...TANSTACK, ...ROUTER],
        'src/mocks may import only ../rules and msw: no react, @tanstack or router imports.',
      ),
    ],
    folders: ['api', 'ui', 'features', 'app', 'test'],
  }),
  // The signing proxy (Node, built by vite.proxy.config.ts) forwards the console's calls: rules only.
  ...layer('proxy', {
    packages: [
      packages(
        [...REACT, ...MSW, ...TANSTACK, ...ROUTER],
        'src/proxy runs in Node beside the console: no react, msw, @tanstack or router imports.',
      ),
    ],
    folders: ['api', 'ui', 'features', 'app', 'mocks', 'test'],
  }),
  ...layer('api', { packages: [VIA_ROUTER], folders: ['ui', 'features', 'app', 'mocks', 'test'] }),
  ...layer('ui', { packages: [VIA_ROUTER], folders: ['api', 'features', 'app', 'mocks', 'test'] }),
  ...layer('features', { packages: [VIA_ROUTER], folders: ['app', 'mocks', 'test'] }),
  // The one module that imports the router's package.
  { files: ['src/features/router.tsx'], rules: restrictions([], ['app', 'mocks', 'test']) },
  // src/app imports every layer but the router's package (its tests may, for a router in memory);
  // its components say no hard-coded text either.
  {
    files: ['src/app/**/*.{ts,tsx}'],
    ignores: ['src/app/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [VIA_ROUTER] }] },
  },
  { files: ['src/app/**/*.tsx'], rules: { 'no-restricted-syntax': ['error', ...HARD_CODED_TEXT] } },
  { files: ['src/app/**/*.test.tsx'], rules: { 'no-restricted-syntax': 'off' } },
]);
