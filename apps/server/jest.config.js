/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  // The fault suite (src/faults, `npm run test:faults`) runs on its own: jest.faults.config.js.
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/src/faults/'],
  globalSetup: '<rootDir>/test/global-setup.mjs',
  globalTeardown: '<rootDir>/test/global-teardown.mjs',
  setupFiles: ['reflect-metadata'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json', diagnostics: { ignoreCodes: [151002] } }],
    // The job queue (pg-boss) ships ES modules only: Node 22 requires them, Jest's own loader needs them compiled.
    '^.+\\.js$': ['ts-jest', { tsconfig: { allowJs: true, module: 'commonjs', target: 'ES2022' }, diagnostics: false }],
  },
  transformIgnorePatterns: ['/node_modules/(?!(pg-boss|rrule-temporal|serialize-error|non-error)/)'],
  moduleNameMapper: { '^@opshub/metrics$': '<rootDir>/../../packages/metrics/src/index.ts' },
  // Tests wait for events; this only stops a hang, on a shared machine that can be slow.
  testTimeout: 120_000,
  maxWorkers: 2,
};
