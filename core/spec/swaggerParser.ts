import path from 'node:path';
import type SwaggerParserModule from '@apidevtools/swagger-parser';
import { packageRoot } from '../packageRoot';

/**
 * swagger-parser, bundled with its dependencies into one CommonJS file when the package is built
 * (`npm run build:vendor`). Its dependency json-schema-ref-parser is an ES module, which jest's module loader
 * cannot require before Node 24.9: loaded directly, the kit would break every team's own jest suite that uses
 * `lakesail-contract/jest` unless the team reconfigured jest. The bundle loads in any jest, and in Node.
 */
export const SwaggerParser: typeof SwaggerParserModule = loadBundle();

function loadBundle(): typeof SwaggerParserModule {
  const bundle = path.join(packageRoot(), 'vendor', 'swagger-parser.cjs');
  try {
    return require(bundle);
  } catch (error) {
    throw new Error(`cannot load ${bundle} (run npm run build): ${(error as Error).message}`);
  }
}
