const base = require('./jest.config');

/**
 * `npm run test:slow`: tests that take tens of seconds or reach outside the repository (a real browser). Files
 * are `test/slow/*.slow.test.ts`; `npm test` leaves them out.
 * @type {import('jest').Config}
 */
module.exports = {
  ...base,
  testMatch: ['<rootDir>/test/slow/**/*.slow.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  // One file at a time: each starts servers or whole processes.
  maxWorkers: 1,
};
