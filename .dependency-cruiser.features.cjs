/**
 * Feature-level cycles (`npm run depcruise`, second pass): server modules and web features seen as whole
 * folders, without the composition roots (database entity list, seed, testing) and tests, which may use
 * every module. A cycle here (kpi <-> goal, lead <-> sla) means two features cannot change or be tested alone.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'no-feature-cycles',
      severity: 'error',
      comment: 'Feature modules depend on each other one way only: move the shared part down (common/, @opshub/metrics) or merge the two.',
      scope: 'folder',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    includeOnly: '^apps/server/src/modules/',
    exclude: { path: '\\.test\\.ts$' },
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'apps/server/tsconfig.json' },
    metrics: true,
  },
};
