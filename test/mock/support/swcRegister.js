// Lets `node -r ./test/mock/support/swcRegister.js mock/main.ts` run the TypeScript sources, so the CLI
// tests spawn the real entry point without a build; @swc/core is what jest already uses.
const { readFileSync } = require('node:fs');
const { transformSync } = require('@swc/core');

require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(readFileSync(filename, 'utf8'), {
    filename,
    module: { type: 'commonjs' },
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
  });
  module._compile(code, filename);
};
