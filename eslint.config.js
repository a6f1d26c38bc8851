// Flat ESLint config. Fast on purpose (no type-aware rules): `npm run lint` runs on every `npm test`.
// The import boundaries below are the one-way arrows of docs/guide architecture:
//   app → features → components/ui, lib, api;   mocks/handlers → mocks/engine, mocks/db, src/api.
// They are checked on *resolved* file paths (import-x/no-restricted-paths), so relative imports count.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';

const root = import.meta.dirname;
const abs = (p) => path.join(root, p);

const TEST_FILES = ['**/*.test.{ts,tsx}', '**/*.spec.{ts,tsx}', 'tests/**', 'bench/**'];
const SOURCE_FILES = ['**/*.{ts,tsx}'];

// Feature folders: the planned ones plus whatever exists now, so a new feature is covered automatically.
const PLANNED_FEATURES = [
  'orgs',
  'users',
  'invites',
  'teams',
  'projects',
  'roles',
  'access',
  'audit',
  'demo',
];
function listFeatures() {
  try {
    return readdirSync(abs('src/features'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
  } catch {
    return [];
  }
}
const features = [...new Set([...PLANNED_FEATURES, ...listFeatures()])].sort();

// A feature may import its own files, never another feature's, and never the app shell.
const featureZones = features.map((name) => ({
  target: `src/features/${name}`,
  from: 'src/features',
  except: [`./${name}`],
  message: `Features must not import other features (compose them in src/app).`,
}));

const engineNoMocksZone = [
  {
    target: 'mocks/engine',
    from: 'mocks',
    except: ['./engine'],
    message: 'mocks/engine is pure: it may import only files inside mocks/engine.',
  },
  {
    target: 'mocks/engine',
    from: ['src', 'e2e'],
    message: 'mocks/engine is pure: it may import only files inside mocks/engine.',
  },
];

const zones = [
  // mocks/engine: only its own files (packages are refused by no-restricted-imports below).
  {
    target: 'mocks/engine',
    from: '**',
    except: [abs('mocks/engine/**')],
    message: 'mocks/engine is pure TypeScript: it may import only files inside mocks/engine.',
  },
  // mocks/db: mocks/engine and mocks/db.
  {
    target: 'mocks/db',
    from: 'mocks',
    except: ['./engine', './db'],
    message: 'mocks/db may import only mocks/engine and mocks/db.',
  },
  {
    target: 'mocks/db',
    from: ['src', 'e2e', 'tests', 'bench'],
    message: 'mocks/db may import only mocks/engine and mocks/db.',
  },
  // mocks/handlers: mocks/engine, mocks/db, src/api (and its own helpers).
  {
    target: 'mocks/handlers',
    from: 'mocks',
    except: ['./engine', './db', './handlers'],
    message: 'mocks/handlers may import only mocks/engine, mocks/db and src/api.',
  },
  {
    target: 'mocks/handlers',
    from: 'src',
    except: ['./api'],
    message: 'mocks/handlers may import only mocks/engine, mocks/db and src/api.',
  },
  {
    target: 'mocks/handlers',
    from: ['e2e', 'tests', 'bench'],
    message: 'mocks/handlers may import only mocks/engine, mocks/db and src/api.',
  },
  // src/ never imports mocks/ (or test code) — except the one bootstrap in src/main.tsx.
  {
    target: ['src/!(main).{ts,tsx}', 'src/*/**'],
    from: ['mocks', 'e2e', 'tests', 'bench'],
    message: 'src/ must not import mocks/ (only src/main.tsx starts the mock backend).',
  },
  {
    target: 'src/main.tsx',
    from: 'mocks',
    except: ['./browser.ts'],
    message: 'src/main.tsx may import only mocks/browser.ts (the worker bootstrap).',
  },
  ...featureZones,
  {
    target: 'src/features',
    from: 'src/app',
    message: 'Arrows run app → features: a feature must not import src/app.',
  },
  {
    target: ['src/components', 'src/lib', 'src/api'],
    from: ['src/features', 'src/app'],
    message: 'src/components, src/lib and src/api sit below features and app: they must not import them.',
  },
];

// Test files are looser: they may wire msw/node, seeds and fixtures. Features stay isolated, and engine
// tests may use packages (vitest, fast-check) but no other mock layer.
const testZones = [...featureZones, ...engineNoMocksZone];

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
  // Browser code.
  {
    files: ['src/**/*.{ts,tsx}', 'mocks/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  // Node code: configs, scripts, tests, e2e.
  {
    files: [
      '*.{js,mjs,ts}',
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
  // Imports: no cycles anywhere, boundaries on source files.
  {
    files: SOURCE_FILES,
    plugins: { 'import-x': importX },
    settings: {
      // The TS parts of importX.flatConfigs.typescript (without its legacy resolver setting).
      'import-x/extensions': ['.ts', '.tsx', '.cts', '.mts', '.js', '.jsx', '.cjs', '.mjs'],
      'import-x/external-module-folders': ['node_modules', 'node_modules/@types'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx', '.cts', '.mts'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: abs('tsconfig.json') })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      'import-x/no-restricted-paths': ['error', { basePath: root, zones }],
    },
  },
  {
    files: TEST_FILES,
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: root, zones: testZones }],
    },
  },
  {
    files: ['mocks/engine/**/*.ts'],
    ignores: TEST_FILES,
    rules: { 'no-restricted-imports': ['error', noBarePackagesInEngine] },
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
