const os = require('node:os');

/**
 * `npm test`: the unit and integration tests, what a developer and CI run after every change. The slow tier
 * (`npm run test:slow`, jest.slow.config.js: the benchmark smoke run, the packed package installed into a
 * project of its own, child jest processes, the README's shell blocks run as written) is excluded here.
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '<rootDir>/test/slow/', '\\.slow\\.test\\.ts$'],
  modulePathIgnorePatterns: ['<rootDir>/dist/'],
  // @swc/jest strips types only (fast); `npm run typecheck` does the type checking.
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest'] },
  // No transformIgnorePatterns exception: the kit must load in a team's jest exactly as configured by default
  // (swagger-parser's ES-module dependency is bundled; see core/spec/swaggerParser.ts).
  // Builds dist/ once, before any test, when a source is newer (the process tests run `node dist/...`).
  globalSetup: '<rootDir>/test/support/globalSetup.ts',
  // Most tests wait on sockets, timeouts and child processes: one worker more than cores keeps both busy (on 2
  // cores, 3 workers took the suite from 158 s to 106 s; jest's default of one worker leaves a core idle).
  maxWorkers: os.availableParallelism() + 1,
  testSequencer: '<rootDir>/test/support/proofFirstSequencer.js',
  testTimeout: 30000,
};
