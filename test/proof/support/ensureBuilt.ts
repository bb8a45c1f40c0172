import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { packageRoot } from '../../../core/packageRoot';

/** The compiled files the process tests run. */
const OUTPUTS = [
  'dist/servers/main.js',
  'dist/servers/proofServerMain.js',
  'dist/cli/main.js',
  'dist/mock/main.js',
  'dist/bench/peakRssOnExit.js',
];
const SOURCES = ['core', 'conformance', 'lint', 'diff', 'cli', 'api', 'servers', 'mock', 'bench'];

let checked = false;

/**
 * Builds `dist/` (`tsc -p tsconfig.build.json`) when it is missing or older than a source file, so the tests
 * that run `node dist/...` as child processes never test stale code. `npm install` builds it too (`prepare`);
 * this only catches edits made since. Concurrent jest workers take turns through a lock directory.
 */
export function ensureBuilt(): void {
  // Once per test file (jest gives each its own modules): a rebuild in the middle of one (a source file was
  // saved meanwhile) would block the event loop for seconds and make in-flight requests time out.
  if (checked) return;
  checked = true;
  const root = packageRoot();
  if (isFresh(root)) return;
  const lock = path.join(
    tmpdir(),
    `lakesail-contract-build-${Buffer.from(root).toString('hex').slice(-32)}.lock`,
  );
  acquire(lock);
  try {
    if (isFresh(root)) return;
    try {
      execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
        cwd: root,
        stdio: 'pipe',
      });
    } catch (error) {
      // tsc still emits on type errors (in files being edited elsewhere); only missing output is fatal.
      if (!isFresh(root)) {
        const output = String((error as { stdout?: Buffer }).stdout ?? error);
        throw new Error(`npm run build failed:\n${output.split('\n').slice(0, 10).join('\n')}`);
      }
    }
    // The same steps as `npm run build` after tsc: the CLI as one file, the spec's parse, executable bins.
    execFileSync(process.execPath, [path.join(root, 'scripts', 'bundleCli.js')], { cwd: root });
    execFileSync(process.execPath, [path.join(root, 'dist', 'scripts', 'buildPrebuiltParses.js')], {
      cwd: root,
    });
    execFileSync(process.execPath, [path.join(root, 'scripts', 'markBinsExecutable.js')], { cwd: root });
  } finally {
    rmdirSync(lock);
  }
}

function isFresh(root: string): boolean {
  let built = Number.POSITIVE_INFINITY;
  for (const output of OUTPUTS) {
    try {
      built = Math.min(built, statSync(path.join(root, output)).mtimeMs);
    } catch {
      return false;
    }
  }
  return SOURCES.every((folder) => newestSource(path.join(root, folder)) <= built);
}

function newestSource(folder: string): number {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
      newest = Math.max(newest, statSync(full).mtimeMs);
    }
  }
  return newest;
}

function acquire(lock: string): void {
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      mkdirSync(lock);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      // A lock older than a build can take was left by a killed run.
      const since = statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
      if (Date.now() - since > 60_000) rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`timed out waiting for the build lock ${lock}`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
}
