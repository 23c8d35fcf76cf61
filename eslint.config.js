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
// A relative import that climbs out of a layer folder into a forbidden sibling folder
// (`../api`, `../../ui/Button.tsx`, ...) is matched by the regex below.
const siblings = (...dirs) => ({
  regex: `^(\\.\\./)+(${dirs.join('|')})(/.*)?$`,
  message: `This layer may not import from ${dirs.map((d) => `src/${d}`).join(', ')} (see the import-direction rules in eslint.config.js).`,
});
const packages = (names, why) => ({ group: names, message: why });

const REACT = ['react', 'react/*', 'react-dom', 'react-dom/*'];
const ROUTER = ['react-router', 'react-router/*', 'react-router-dom', 'react-router-dom/*'];
const TANSTACK = ['@tanstack/*'];
const MSW = ['msw', 'msw/*'];

const layerRules = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

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

  // Import direction. Each block is the complete restriction list for its folder.
  {
    files: ['src/rules/**/*.{ts,tsx}'],
    rules: layerRules([
      packages(
        [...REACT, ...MSW, ...TANSTACK, ...ROUTER],
        'src/rules is framework-free: no react, msw, @tanstack or router imports.',
      ),
      siblings('api', 'ui', 'features', 'app', 'mocks'),
    ]),
  },
  {
    files: ['src/mocks/**/*.{ts,tsx}'],
    rules: layerRules([
      packages(
        [...REACT, ...TANSTACK, ...ROUTER],
        'src/mocks may import only ../rules and msw: no react, @tanstack or router imports.',
      ),
      siblings('api', 'ui', 'features', 'app'),
    ]),
  },
  {
    files: ['src/api/**/*.{ts,tsx}'],
    rules: layerRules([siblings('ui', 'features', 'app', 'mocks')]),
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: layerRules([siblings('features', 'app', 'mocks')]),
  },
]);
