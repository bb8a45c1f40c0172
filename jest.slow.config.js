/** The slow tier, `npm run test:slow` (after `npm test` in CI): child jest processes, tsc builds, installs. */
const base = require('./jest.config.js');

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  testMatch: ['<rootDir>/test/slow/**/*.slow.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  testTimeout: 300000,
};
