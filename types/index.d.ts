// `lakesail-contract/types`: the TypeScript types generated from spec/openapi.yaml (`npm run gen:types`),
// with a named type per schema (UserSpec, UserUpdate, User, Error, ...). This file only re-exports them, so that
// resolvers that ignore package.json `exports` find them too.
export * from './openapi';
