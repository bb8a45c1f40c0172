/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>'],
  testMatch: ['**/*.test.ts'],
  // The slow tier (child jest processes, tsc builds, registry installs): `npm run test:slow`.
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '\\.slow\\.test\\.ts$'],
  modulePathIgnorePatterns: ['<rootDir>/dist/'],
  // @swc/jest strips types only (fast); `npm run typecheck` does the type checking.
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest'] },
  // No transformIgnorePatterns exception: the kit must load in a team's jest exactly as configured by default
  // (swagger-parser's ES-module dependency is bundled; see core/spec/swaggerParser.ts).
  testTimeout: 30000,
};
