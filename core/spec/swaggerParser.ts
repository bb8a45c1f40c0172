import path from 'node:path';
import type SwaggerParserModule from '@apidevtools/swagger-parser';
import { packageRoot } from '../packageRoot';

let loaded: typeof SwaggerParserModule | undefined;

/**
 * swagger-parser, bundled with its dependencies into one CommonJS file when the package is built
 * (`npm run build:vendor`), and loaded on first use only (lint and diff): it costs start-up time the kit's
 * `check` and the mock do not need. Its dependency json-schema-ref-parser is an ES module, which jest's module
 * loader cannot require before Node 24.9: loaded directly, the kit would break every team's own jest suite that
 * uses `lakesail-contract/jest` unless the team reconfigured jest. The bundle loads in any jest, and in Node.
 */
export function loadSwaggerParser(): typeof SwaggerParserModule {
  if (loaded) return loaded;
  const bundle = path.join(packageRoot(), 'vendor', 'swagger-parser.cjs');
  try {
    loaded = require(bundle) as typeof SwaggerParserModule;
    return loaded;
  } catch (error) {
    throw new Error(`cannot load ${bundle} (run npm run build): ${(error as Error).message}`);
  }
}
