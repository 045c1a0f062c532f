const base = require('./jest.config.js');

/**
 * `npm run test:faults`: real PostgreSQL and Redis processes of each test file's own, restarted, killed and
 * frozen under running servers (src/faults). Only the server build is shared; one file at a time, since
 * each runs several processes.
 */
/** @type {import('jest').Config} */
module.exports = {
  ...base,
  testMatch: ['<rootDir>/src/faults/**/*.fault.test.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  globalSetup: '<rootDir>/test/build-server.mjs',
  globalTeardown: undefined,
  maxWorkers: 1,
  // A hang guard: a file runs for about a minute.
  testTimeout: 300_000,
};
