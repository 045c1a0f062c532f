/**
 * Import boundaries of the monorepo (`npm run depcruise`, part of `npm test`). Imports run one way:
 * resolver -> service -> domain rules -> data access; `common/` is below every module; the domain
 * package is pure; tests and test helpers stay out of what ships.
 * @type {import('dependency-cruiser').IConfiguration}
 */
const TEST_FILE = '\\.test\\.tsx?$|/e2e/|/test/|/testing/';

module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'A cycle means neither side can change or be tested alone: cut it by moving the shared part down.',
      from: { path: '^(apps|packages)/' },
      // Type-only imports count too: they still tie the two modules' vocabularies together.
      to: { circular: true },
    },
    {
      name: 'common-not-to-modules',
      severity: 'error',
      comment: 'common/ is shared plumbing below every feature module; it must not know any of them.',
      from: { path: '^apps/server/src/common/' },
      to: { path: '^apps/server/src/modules/' },
    },
    {
      name: 'production-not-to-tests',
      severity: 'error',
      comment: 'Test files and test helpers must not end up in the production build.',
      from: { path: '^apps/(server|web)/src/', pathNot: TEST_FILE },
      to: { path: TEST_FILE },
    },
    {
      name: 'web-feature-internals',
      severity: 'error',
      comment:
        "A web feature uses another feature only through its public surface: its index.ts, components, hooks and pages; lib/, graphql/ and testing/ are the feature's own.",
      from: { path: '^apps/web/src/features/([^/]+)/', pathNot: TEST_FILE },
      to: {
        path: '^apps/web/src/features/([^/]+)/',
        pathNot: ['^apps/web/src/features/$1/', '^apps/web/src/features/[^/]+/(index\\.tsx?|components/|hooks/|pages/)'],
      },
    },
    {
      name: 'metrics-pure',
      severity: 'error',
      comment: '@opshub/metrics is pure domain code shared by server and browser: no I/O, no Node built-ins, no app code.',
      from: { path: '^packages/metrics/src/' },
      to: {
        dependencyTypes: ['core'],
      },
    },
    {
      name: 'metrics-not-to-apps',
      severity: 'error',
      comment: '@opshub/metrics sits below the apps; it must not import any of them.',
      from: { path: '^packages/metrics/' },
      to: { path: '^apps/|@opshub/(server|web)' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|coverage|node_modules)/' },
    tsPreCompilationDeps: true,
    combinedDependencies: false,
    tsConfig: { fileName: 'apps/server/tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.cjs', '.mjs', '.d.ts'],
    },
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};
