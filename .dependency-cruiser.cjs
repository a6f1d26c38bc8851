// Import boundaries: the one-way arrows of the architecture guide, and no cycles anywhere.
//   app → features → components/ui, lib, api;   mocks/handlers → mocks/engine, mocks/db, src/api.
// Checked on resolved paths, so relative imports count. Run by `npm run lint`.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'Import cycles make initialisation order fragile and layers meaningless.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'engine-is-pure',
      severity: 'error',
      comment:
        'mocks/engine is pure TypeScript: only its own files (no msw, react, storage, db, nor src/: its ' +
        'role labels are its own, and tests/api/role-labels.test.ts checks they agree with the UI).',
      from: { path: '^mocks/engine/', pathNot: '\\.test\\.ts$' },
      to: { pathNot: '^mocks/engine/' },
    },
    {
      name: 'engine-tests-stay-in-engine',
      severity: 'error',
      comment: 'Engine tests may use vitest and fast-check, but no other mock layer or app code.',
      from: { path: '^mocks/engine/.+\\.test\\.ts$' },
      to: { path: '^(mocks/(?!engine/)|src/|e2e/|tests/)' },
    },
    {
      name: 'db-imports-engine-and-db-only',
      severity: 'error',
      from: { path: '^mocks/db/' },
      to: { path: '^(mocks/(?!engine/|db/)|src/|e2e/|tests/|bench/)' },
    },
    {
      name: 'handlers-import-engine-db-and-api-only',
      severity: 'error',
      comment: 'Handlers: parse (src/api) → decide (engine) → change (db) → respond.',
      from: { path: '^mocks/handlers/' },
      to: { path: '^(mocks/(?!engine/|db/|handlers/)|src/(?!api/)|e2e/|tests/|bench/)' },
    },
    {
      name: 'handler-plumbing-stays-below-resources',
      severity: 'error',
      comment:
        'mocks/handlers/http (route, respond, transact, resolvers) serves every resource folder and imports none of them.',
      from: { path: '^mocks/handlers/http/' },
      to: { path: '^mocks/handlers/', pathNot: '^mocks/handlers/http/' },
    },
    {
      name: 'handler-previews-use-plumbing-only',
      severity: 'error',
      comment: 'mocks/handlers/previews (impact rows, held roles) is shared by users, teams and projects: below them.',
      from: { path: '^mocks/handlers/previews/' },
      to: { path: '^mocks/handlers/', pathNot: '^mocks/handlers/(http|previews)/' },
    },
    {
      name: 'src-never-imports-mocks',
      severity: 'error',
      comment: 'Only src/main.tsx starts the backend (mocks/browser.ts); nothing else in src knows about it.',
      from: { path: '^src/', pathNot: '^src/main\\.tsx$' },
      to: { path: '^(mocks|e2e|tests|bench)/' },
    },
    {
      name: 'src-never-imports-the-server',
      severity: 'error',
      comment:
        'mocks/server (the shared server: Node, SQL, sessions) runs the backend over HTTP; the app talks to it only through /api.',
      from: { path: '^src/' },
      to: { path: '^mocks/server/' },
    },
    {
      name: 'only-tests-import-the-server',
      severity: 'error',
      comment: 'The browser backend, handlers, db and engine never depend on the Node server that hosts them.',
      from: { path: '^(mocks/(?!server/)|e2e/|bench/)' },
      to: { path: '^mocks/server/' },
    },
    {
      name: 'main-imports-only-the-browser-bootstrap',
      severity: 'error',
      from: { path: '^src/main\\.tsx$' },
      to: { path: '^mocks/', pathNot: '^mocks/browser\\.ts$' },
    },
    {
      name: 'features-do-not-import-other-features',
      severity: 'error',
      comment: 'Compose features in src/app.',
      from: { path: '^src/features/([^/]+)/' },
      to: { path: '^src/features/', pathNot: '^src/features/$1/' },
    },
    {
      name: 'features-do-not-import-app',
      severity: 'error',
      from: { path: '^src/features/' },
      to: { path: '^src/app/' },
    },
    {
      name: 'shared-layers-stay-below-features',
      severity: 'error',
      comment: 'src/components, src/lib and src/api must not import features or app.',
      from: { path: '^src/(components|lib|api)/' },
      to: { path: '^src/(features|app)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|dist-server|public)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
  },
};
