// `npm run lint`: one flat config for every workspace. Syntax-level rules only (no type information), so a
// run stays quick on a small machine; `npm run typecheck` does the type checking.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig([
  globalIgnores(['**/node_modules/', '**/dist/', '.data/', 'coverage/', 'apps/web/test-results/', 'apps/web/src/gql/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_`-prefixed names are the deliberate "unused" (a positional argument, a skipped tuple slot).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
    },
  },
  {
    // Tests read GraphQL answers as plain JSON and let their assertions check the shape.
    files: ['**/*.test.{ts,tsx}', 'apps/server/src/testing/**', 'apps/server/src/bench/**', 'apps/web/e2e/**', 'apps/web/src/test/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['apps/web/src/**/*.{ts,tsx}', 'apps/web/public/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
    extends: [reactHooks.configs.flat.recommended],
    rules: {
      'react-hooks/exhaustive-deps': 'error',
      // Reports where React Compiler would give up on a useMemo/useCallback; the app is not built with the compiler.
      'react-hooks/preserve-manual-memoization': 'off',
      // zod comes set up for the strict CSP (shared/forms/zod.ts).
      'no-restricted-imports': ['error', { paths: [{ name: 'zod', message: "Import z from shared/forms/zod: it is set up for the app's CSP." }] }],
    },
  },
  {
    files: ['apps/web/src/shared/forms/zod.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Page scripts that playwright runs inside the browser.
    files: ['apps/web/e2e/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
]);
