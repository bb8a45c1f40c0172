import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

let cached: string | undefined;

/** The folder of this package's package.json, from source (jest) and from `dist/` alike. */
export function packageRoot(): string {
  if (cached) return cached;
  let dir = __dirname;
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'lakesail-contract') {
      cached = dir;
      return dir;
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`cannot find the lakesail-contract package root above ${__dirname}`);
    dir = parent;
  }
}

/** The spec shipped with the kit: `spec/openapi.yaml`. */
export function defaultSpecPath(): string {
  return path.join(packageRoot(), 'spec', 'openapi.yaml');
}

/** The curated CreateUser requests shipped with the kit: `fixtures/create-user.yaml`. */
export function defaultFixturesPath(): string {
  return path.join(packageRoot(), 'fixtures', 'create-user.yaml');
}

/** The folder of every fixtures file shipped with the kit, one per operation: `fixtures/`. */
export function defaultFixturesFolder(): string {
  return path.join(packageRoot(), 'fixtures');
}

/** This package's version, from its package.json. */
export function packageVersion(): string {
  return JSON.parse(readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')).version;
}
