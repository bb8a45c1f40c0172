const base = require('./jest.config');

/**
 * `npm run test:slow`: the tests that take tens of seconds each or reach outside the repository (the
 * benchmark smoke run, `npm pack` installed into a project of its own, child jest processes, tsc builds of the
 * packed kit, the README's blocks run as written, a browser). Files are `test/slow/*.slow.test.ts`; each states
 * its time budget in a comment and as its jest timeout. `.ci/run` runs this tier after `npm test`.
 * @type {import('jest').Config}
 */
module.exports = {
  ...base,
  testMatch: ['<rootDir>/test/slow/**/*.slow.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  // One file at a time: each of them starts servers or whole processes, and the benchmark measures.
  maxWorkers: 1,
  testTimeout: 300000,
};
