import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { packageRoot } from '../../../core/packageRoot';
import { ensureBuilt } from '../../proof/support/ensureBuilt';

/** The version of a package this repository has installed, so a scratch project gets it from npm's cache. */
export function installedVersion(name: string): string {
  const manifest = path.join(packageRoot(), 'node_modules', name, 'package.json');
  return JSON.parse(readFileSync(manifest, 'utf8')).version;
}

/**
 * A scratch project (a folder of its own, under the system's temp folder) with the kit packed and installed
 * as a team gets it, and `packages` beside it (`name@range` as npm takes them). npm's cache serves what
 * `npm ci` already fetched; the registry is asked only for the rest. Returns the project's folder.
 */
export function installPackedKit(packages: readonly string[], packageJson: object = {}): string {
  ensureBuilt();
  const project = mkdtempSync(path.join(tmpdir(), 'lakesail-consumer-'));
  execFileSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', project], {
    cwd: packageRoot(),
    stdio: 'pipe',
  });
  const tarball = readdirSync(project).find((file) => file.endsWith('.tgz'));
  if (!tarball) throw new Error('npm pack wrote no tarball');
  writeFileSync(
    path.join(project, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, ...packageJson }),
  );
  execFileSync(
    'npm',
    [
      'install',
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
      '--silent',
      `./${tarball}`,
      ...packages,
    ],
    { cwd: project, stdio: 'pipe', timeout: 240_000 },
  );
  return project;
}
