// Flat ESLint config. Fast on purpose (no type-aware rules): `npm run lint` runs on every `npm test`.
// The import boundaries (one-way arrows) and the no-cycles rule live in .dependency-cruiser.cjs, which
// `npm run lint` runs after ESLint (see docs/decisions/0001-tooling.md for why not an ESLint plugin).
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import pluginQuery from '@tanstack/eslint-plugin-query';
import globals from 'globals';

const TEST_FILES = ['**/*.test.{ts,tsx}', '**/*.spec.{ts,tsx}', 'tests/**', 'bench/**'];

const noBarePackagesInEngine = {
  patterns: [
    {
      regex: '^(?!\\.{1,2}/)',
      message: 'mocks/engine is pure TypeScript: no packages or Node built-ins (no msw, react, storage).',
    },
  ],
};

export default defineConfig(
  {
    ignores: [
      'dist/**',
      'dist-server/**',
      'data/**',
      '.e2e-dist/**',
      '.bench/**',
      'public/mockServiceWorker.js',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'coverage/**',
      '.vite/**',
    ],
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' } },
  // Browser code.
  {
    files: ['src/**/*.{ts,tsx}', 'mocks/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  // Node code: configs, scripts, tests, e2e.
  {
    files: [
      '*.{js,mjs,cjs,ts}',
      'scripts/**',
      'e2e/**',
      'tests/**',
      'bench/**',
      'mocks/node.ts',
      '**/*.test.{ts,tsx}',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  // React.
  {
    ...reactHooks.configs.flat.recommended,
    files: ['src/**/*.{ts,tsx}'],
  },
  {
    ...jsxA11y.flatConfigs.recommended,
    files: ['**/*.tsx'],
  },
  // TanStack Query: keys that name every input, stable clients, no rest-destructured results.
  ...pluginQuery.configs['flat/recommended'].map((config) => ({ ...config, files: ['src/**/*.{ts,tsx}'] })),
  // Query keys come from the one tree (src/lib/query-keys.ts), never literals in features.
  {
    files: ['src/features/**/*.{ts,tsx}', 'src/app/**/*.{ts,tsx}', 'src/components/**/*.{ts,tsx}'],
    ignores: TEST_FILES,
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "Property[key.name='queryKey'] > ArrayExpression",
          message: 'Build query keys with queryKeys from src/lib/query-keys.ts.',
        },
        {
          selector:
            "CallExpression[callee.property.name=/^(invalidateQueries|refetchQueries|resetQueries|removeQueries)$/][arguments.length=0]",
          message: 'Name the subtrees a change touches (src/lib/query-scopes.ts), not every query.',
        },
      ],
    },
  },
  {
    files: ['mocks/engine/**/*.ts'],
    ignores: TEST_FILES,
    rules: { 'no-restricted-imports': ['error', noBarePackagesInEngine] },
  },
  // Handler tests read answers with the contract's zod schemas (tests/api/read-json.ts), never a cast
  // that would let a drifted answer pass.
  {
    files: ['tests/api/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "TSAsExpression[expression.type='MemberExpression'][expression.property.name='json']",
          message: 'Read a response with readJson(answer, schema) from ./read-json, not a cast.',
        },
        {
          selector: "TSAsExpression[expression.type='Identifier'][expression.name='json']",
          message: 'Read a response with readJson({ json }, schema) from ./read-json, not a cast.',
        },
      ],
    },
  },
  // e2e drives the UI: from src it may take only the API contract types.
  {
    files: ['e2e/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/src/**', '!**/src/api', '!**/src/api/**'],
              message:
                'e2e drives the UI through role/label locators; import nothing from src but src/api types.',
            },
            {
              group: ['**/src/api', '**/src/api/**'],
              allowTypeImports: true,
              message: 'e2e may import only *types* from src/api (use `import type`).',
            },
          ],
        },
      ],
    },
  },
);
