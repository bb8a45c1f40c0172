import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { packageRoot } from '../../core/packageRoot';
import { ensureBuilt } from '../proof/support/ensureBuilt';

/**
 * Runs steps of the workflow, as written: the diff step in throwaway git repositories (a base branch on a
 * local "origin", a pull request branch, `npx lakesail-contract` standing for the built CLI), and the wait
 * step against a local server.
 */
const root = packageRoot();
const workflow = parse(readFileSync(path.join(root, 'examples/github-actions/contract-gate.yml'), 'utf8'));
const scriptOf = (text: string): string =>
  workflow.jobs.contract.steps.find((step: { run?: string }) => step.run?.includes(text)).run;
const diffScript = scriptOf('lakesail-contract diff');
const waitScript = scriptOf('curl');
const pair = (name: string, version: 'base' | 'head') =>
  path.join(root, 'fixtures', 'spec-versions', name, `${version}.yaml`);

let scratch: string;
let bin: string;
const gitEnv = {
  GIT_AUTHOR_NAME: 'test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  HOME: '',
};

beforeAll(() => {
  ensureBuilt();
  scratch = mkdtempSync(path.join(tmpdir(), 'lakesail-gate-'));
  gitEnv.HOME = scratch;
  bin = path.join(scratch, 'bin');
  mkdirSync(bin);
  const npx = path.join(bin, 'npx');
  writeFileSync(
    npx,
    `#!/bin/sh\n[ "$1" = lakesail-contract ] || { echo "unexpected: npx $*" >&2; exit 99; }\nshift\nexec "${process.execPath}" "${path.join(root, 'dist/cli/main.js')}" "$@"\n`,
  );
  chmodSync(npx, 0o755);
}, 120_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, env: { ...process.env, ...gitEnv }, stdio: 'pipe' }).toString();

/** A bare "origin" whose main holds `mainSpec` (or no spec), and a clone on a branch whose spec is `branchSpec`. */
function repository(
  name: string,
  mainSpec: string | undefined,
  branchSpec: string,
  cloneArgs: string[] = [],
): string {
  const seed = path.join(scratch, `${name}-seed`);
  const origin = path.join(scratch, `${name}-origin.git`);
  mkdirSync(path.join(seed, 'spec'), { recursive: true });
  git(seed, 'init', '--quiet', '--initial-branch=main');
  writeFileSync(path.join(seed, 'README'), 'x\n');
  if (mainSpec) copyFileSync(mainSpec, path.join(seed, 'spec', 'openapi.yaml'));
  git(seed, 'add', '.');
  git(seed, 'commit', '--quiet', '-m', 'main');
  git(seed, 'checkout', '--quiet', '-b', 'feature');
  copyFileSync(branchSpec, path.join(seed, 'spec', 'openapi.yaml'));
  git(seed, 'add', '.');
  git(seed, 'commit', '--quiet', '-m', 'feature');
  git(scratch, 'clone', '--quiet', '--bare', seed, origin);
  const work = path.join(scratch, name);
  git(scratch, 'clone', '--quiet', ...cloneArgs, '--branch', 'feature', `file://${origin}`, work);
  return work;
}

function runDiffStep(work: string) {
  const summary = path.join(work, 'summary.md');
  const result = spawnSync('bash', ['-e', '-c', diffScript], {
    cwd: work,
    env: {
      ...process.env,
      ...gitEnv,
      PATH: `${bin}${path.delimiter}${process.env.PATH}`,
      SPEC: 'spec/openapi.yaml',
      BASE_REF: 'main',
      GITHUB_STEP_SUMMARY: summary,
    },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return {
    code: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    summary: existsSync(summary) ? readFileSync(summary, 'utf8') : '',
  };
}

test('a breaking spec change fails the step, with the diff in the log, the summary and the JSON report', () => {
  const work = repository(
    'breaking',
    pair('request-properties-required-changed', 'base'),
    pair('request-properties-required-changed', 'head'),
  );
  const run = runDiffStep(work);
  expect(run.code).toBe(1);
  expect(run.stdout).toContain('[request-property-required]');
  expect(run.stdout).toContain('diff failed: 2 changes');
  expect(run.summary).toContain('### Spec diff against main');
  expect(run.summary).toContain('[request-property-optional]');
  expect(JSON.parse(readFileSync(path.join(work, 'reports/diff.json'), 'utf8')).verdict).toBe('fail');
}, 60_000);

test('a safe spec change passes the step', () => {
  const work = repository('safe', pair('operation-added', 'base'), pair('operation-added', 'head'));
  const run = runDiffStep(work);
  expect(run.stdout).toContain('diff passed: 1 change');
  expect(run.code).toBe(0);
}, 60_000);

test('a shallow clone of the branch alone fetches the base branch and diffs all the same', () => {
  const work = repository(
    'shallow',
    pair('request-properties-required-changed', 'base'),
    pair('request-properties-required-changed', 'head'),
    ['--depth=1', '--single-branch'],
  );
  expect(() => git(work, 'rev-parse', '--verify', '--quiet', 'origin/main')).toThrow();
  const run = runDiffStep(work);
  expect(run.stdout).toContain('diff failed: 2 changes');
  expect(run.code).toBe(1);
}, 60_000);

test('a new spec (none on the base branch) skips the diff with a notice', () => {
  const work = repository('new-spec', undefined, pair('operation-added', 'head'));
  const run = runDiffStep(work);
  expect(run.code).toBe(0);
  expect(run.stdout).toContain(
    '::notice title=Spec diff skipped::origin/main has no spec/openapi.yaml (a new spec)',
  );
  expect(run.summary).toContain('Spec diff skipped');
}, 60_000);

test('a base branch that cannot be fetched skips the diff with a notice', () => {
  const work = repository('no-base', pair('operation-added', 'base'), pair('operation-added', 'head'), [
    '--single-branch',
  ]);
  git(work, 'remote', 'set-url', 'origin', path.join(scratch, 'nowhere.git'));
  const run = runDiffStep(work);
  expect(run.code).toBe(0);
  expect(run.stdout).toContain('::notice title=Spec diff skipped::origin/main cannot be fetched');
  expect(run.summary).toContain('Spec diff skipped');
}, 60_000);

/** Runs the wait step in `dir` (which holds server.pid and server.log) without blocking this process's server. */
function runWaitStep(dir: string, target: string): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn('bash', ['-e', '-c', waitScript], {
      cwd: dir,
      env: { ...process.env, CONTRACT_TARGET: target },
    });
    let stdout = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.on('close', (code) => resolve({ code, stdout }));
  });
}

test('the wait step passes as soon as the server answers anything', async () => {
  const server = createServer((_request, response) => {
    response.statusCode = 404;
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const dir = mkdtempSync(path.join(scratch, 'wait-up-'));
    writeFileSync(path.join(dir, 'server.pid'), String(process.pid));
    const { port } = server.address() as AddressInfo;
    const run = await runWaitStep(dir, `http://127.0.0.1:${port}`);
    expect(run.stdout).toContain('server up after 1 attempt(s)');
    expect(run.code).toBe(0);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}, 30_000);

test('the wait step fails at once, with the log, when the server process has exited', async () => {
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const { port } = closed.address() as AddressInfo;
  await new Promise((resolve) => closed.close(resolve));
  const dir = mkdtempSync(path.join(scratch, 'wait-dead-'));
  const gone = spawnSync(process.execPath, ['-e', '']);
  writeFileSync(path.join(dir, 'server.pid'), String(gone.pid));
  writeFileSync(path.join(dir, 'server.log'), 'Error: listen EADDRINUSE\n');
  const run = await runWaitStep(dir, `http://127.0.0.1:${port}`);
  expect(run.code).toBe(1);
  expect(run.stdout).toContain('::error title=Server exited::');
  expect(run.stdout).toContain('Error: listen EADDRINUSE');
}, 30_000);
