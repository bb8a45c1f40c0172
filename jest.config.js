/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>'],
  testMatch: ['**/*.test.ts'],
  // The slow tier (browser tests) runs with `npm run test:slow` (jest.slow.config.js).
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '<rootDir>/test/slow/', '\\.slow\\.test\\.ts$'],
  modulePathIgnorePatterns: ['<rootDir>/dist/'],
  // @swc/jest strips types only (fast); `npm run typecheck` does the type checking.
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest'] },
  // No transformIgnorePatterns exception: the kit must load in a team's jest exactly as configured by default
  // (swagger-parser's ES-module dependency is bundled; see core/spec/swaggerParser.ts).
  testTimeout: 30000,
};
