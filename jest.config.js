/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  modulePathIgnorePatterns: ['<rootDir>/dist/'],
  // @swc/jest strips types only (fast); `npm run typecheck` does the type checking.
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest'] },
  // json-schema-ref-parser ships ES modules only; jest on Node 20 must transform it to load it.
  transformIgnorePatterns: ['/node_modules/(?!@apidevtools/json-schema-ref-parser/)'],
  testTimeout: 30000,
};
