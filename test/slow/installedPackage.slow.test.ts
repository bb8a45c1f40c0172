/**
 * The package as a team gets it: packed, installed into a project of its own beside express and jest, and used
 * through its public entries only: the README's jest example against an express app, the CLI, the bins. This is
 * where a defect of packaging shows (a file missing from `files`, test scaffolding shipped, an export map that
 * leaks or hides, a dependency a team's jest cannot load), which tests inside this repository cannot see.
 * Time budget: 240 s (the jest timeouts below), most of it `npm install` (about 40 s from npm's cache).
 */
import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { prebuiltParsesFolder } from '../../core/files/prebuiltParse';
import { defaultSpecPath, packageRoot } from '../../core/packageRoot';
import { ensureBuilt } from '../proof/support/ensureBuilt';
import { docBlock } from '../support/docBlock';

const INSTALL_BUDGET_MS = 200_000;
const TEST_BUDGET_MS = 60_000;
const TOKEN = 'package-test-token-0123456789';
const FORBIDDEN = 'package-test-viewer-0123456789';

let project: string;
let packed: string[];
let reference: ChildProcess | undefined;
let referenceUrl: string;

const root = packageRoot();
const bin = (name: string) => path.join(project, 'node_modules', '.bin', name);
const installed = (...parts: string[]) => path.join(project, 'node_modules', 'lakesail-contract', ...parts);
/** The version this repository's lock file resolved, so npm finds it in its cache. */
const versionOf = (name: string) =>
  JSON.parse(readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')).version;

beforeAll(async () => {
  ensureBuilt();
  project = mkdtempSync(path.join(tmpdir(), 'lakesail-consumer-'));
  // dist/ and vendor/ are current (ensureBuilt, npm ci): pack them as they are.
  const pack = JSON.parse(
    execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', project], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  )[0];
  packed = pack.files.map((file: { path: string }) => file.path);
  writeFileSync(
    path.join(project, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, scripts: { test: 'jest' } }),
  );
  // A team's project: express, jest with a TypeScript transform, and the tarball (as the README says).
  // Dependencies come from npm's cache after `npm ci`; express from the registry the first time.
  execFileSync(
    'npm',
    [
      'install',
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      '--silent',
      `./${pack.filename}`,
      'express@5',
      `jest@${versionOf('jest')}`,
      `@swc/jest@${versionOf('@swc/jest')}`,
      `@swc/core@${versionOf('@swc/core')}`,
    ],
    { cwd: project, stdio: 'pipe', timeout: INSTALL_BUDGET_MS - 20_000 },
  );
  mkdirSync(path.join(project, 'src'));
  copyFileSync(path.join(__dirname, 'consumer', 'app.js'), path.join(project, 'src', 'app.js'));
  writeFileSync(
    path.join(project, 'jest.config.js'),
    "module.exports = { testEnvironment: 'node', transform: { '^.+\\\\.ts$': '@swc/jest' } };\n",
  );
  reference = spawn(bin('lakesail-reference-server'), ['--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, CONTRACT_TOKEN: TOKEN, CONTRACT_FORBIDDEN_TOKEN: FORBIDDEN },
  });
  referenceUrl = await listeningUrl(reference);
}, INSTALL_BUDGET_MS);

afterAll(() => {
  reference?.kill();
  rmSync(project, { recursive: true, force: true });
});

function listeningUrl(child: ChildProcess): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /http:\/\/127\.0\.0\.1:\d+/.exec(output)?.[0];
      if (url) resolve(url);
    });
    child.on('exit', (code) => reject(new Error(`the server exited with ${code}: ${output}`)));
  });
}

function node(script: string) {
  return spawnSync(process.execPath, ['-e', script], { cwd: project, encoding: 'utf8' });
}

/** Runs the consumer's jest on one test file, with the tokens its app and the kit read. */
function consumerJest(testFile: string, env: Record<string, string> = {}) {
  const results = path.join(project, `${path.basename(testFile)}.results.json`);
  const run = spawnSync(
    process.execPath,
    [bin('jest'), '--ci', '--json', '--outputFile', results, testFile],
    {
      cwd: project,
      encoding: 'utf8',
      env: { ...process.env, CONTRACT_TOKEN: TOKEN, CONTRACT_FORBIDDEN_TOKEN: FORBIDDEN, ...env },
      timeout: TEST_BUDGET_MS - 5_000,
    },
  );
  const report = existsSync(results) ? JSON.parse(readFileSync(results, 'utf8')) : undefined;
  const outcomes: string[] = (report?.testResults[0]?.assertionResults ?? []).map(
    (result: { title: string; status: string }) => `${result.title.split(':')[0]} ${result.status}`,
  );
  return { ...run, outcomes };
}

test('the tarball ships the docs, README, LICENSE, bundled licences and examples, and no test scaffolding', () => {
  expect(packed).toEqual(
    expect.arrayContaining([
      'LICENSE',
      'vendor/swagger-parser.cjs',
      'vendor/swagger-parser.LICENSES.txt',
      'README.md',
      'docs/ci.md',
      'docs/kit.md',
      'docs/mock.md',
      'examples/github-actions/contract-gate.yml',
      'fixtures/create-user.yaml',
      'fixtures/describe-user.yaml',
      'fixtures/update-user.yaml',
      'dist/servers/main.js',
      // The build's parse of the shipped spec, which spares `check` parsing it at its start.
      path.relative(
        root,
        path.join(
          prebuiltParsesFolder(),
          `${createHash('sha256').update(readFileSync(defaultSpecPath())).digest('hex')}.json`,
        ),
      ),
    ]),
  );
  const scaffolding = packed.filter((file) =>
    /^dist\/(bench|servers\/(broken|conformant|rewrite|proofServerMain))|^fixtures\/spec-versions|\.map$|^test\//.test(
      file,
    ),
  );
  expect(scaffolding).toEqual([]);
  expect(readFileSync(path.join(root, 'LICENSE'), 'utf8')).toContain('Apache License\n');
  const manifest = JSON.parse(readFileSync(installed('package.json'), 'utf8'));
  expect(manifest.license).toBe('Apache-2.0');
  for (const field of ['repository', 'homepage', 'bugs']) expect(manifest[field]).toBeDefined();
});

test('every relative link of the installed README and docs leads to a file of the package', () => {
  const docs = ['README.md', ...packed.filter((file) => /^docs\/.*\.md$/.test(file))];
  const dead: string[] = [];
  for (const doc of docs) {
    const text = readFileSync(installed(doc), 'utf8');
    for (const [, link] of text.matchAll(/\]\(([^)\s#]+)(?:#[^)]*)?\)/g)) {
      if (/^[a-z]+:/.test(link as string)) continue;
      if (!existsSync(installed(path.dirname(doc), link as string))) dead.push(`${doc}: ${link}`);
    }
  }
  expect(dead).toEqual([]);
});

test('what runs at run time only: no test or benchmark tool is installed with the package', () => {
  for (const name of ['supertest', '@stoplight/prism-cli', 'autocannon']) {
    expect({ name, installed: existsSync(path.join(project, 'node_modules', name)) }).toEqual({
      name,
      installed: false,
    });
  }
});

test('one library entry with named exports, a jest entry, and nothing deeper', () => {
  const entries = node(`
    const kit = require('lakesail-contract');
    const jest = require('lakesail-contract/jest');
    let deep = 'reachable';
    try { require('lakesail-contract/dist/conformance/runner/runPlan.js'); } catch (error) { deep = error.code; }
    console.log(JSON.stringify({ kit: Object.keys(kit).sort(), jest: Object.keys(jest).sort(), deep }));
  `);
  expect(entries.stderr).toBe('');
  const { kit, jest, deep } = JSON.parse(entries.stdout);
  expect(kit).toEqual(
    expect.arrayContaining([
      'runConformance',
      'checks',
      'lintSpec',
      'diffSpecs',
      'formatReport',
      'junitReport',
    ]),
  );
  expect(jest).toContain('describeConformance');
  expect(deep).toBe('ERR_PACKAGE_PATH_NOT_EXPORTED');
});

test('the bins run from the installed package, with the spec and fixtures it ships', () => {
  const version = spawnSync(bin('lakesail-contract'), ['--version'], { encoding: 'utf8' });
  expect(version.stdout.trim()).toBe(
    JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version,
  );
  const lint = spawnSync(bin('lakesail-contract'), ['lint'], { cwd: project, encoding: 'utf8' });
  expect({ status: lint.status, stderr: lint.stderr }).toEqual({ status: 0, stderr: '' });
  expect(lint.stdout).toContain('lint passed: no problems');
  const mockHelp = spawnSync(bin('lakesail-mock'), ['--help'], { encoding: 'utf8' });
  expect(mockHelp.status).toBe(0);
  expect(mockHelp.stdout).toContain('--forbidden-token');
  // The public reference server serves the correct server only: no broken variant is reachable.
  const variant = spawnSync(
    bin('lakesail-reference-server'),
    ['--variant', 'leaked-token', '--token', TOKEN],
    {
      encoding: 'utf8',
    },
  );
  expect({ status: variant.status, stderr: variant.stderr }).toEqual({
    status: 2,
    stderr: "error: unknown option '--variant'\n",
  });
});

test(
  'the CLI checks the installed reference server: no violation',
  () => {
    const check = spawnSync(
      bin('lakesail-contract'),
      ['check', '--target', referenceUrl, '--runs', '10', '--wait-for-target', '10'],
      {
        cwd: project,
        encoding: 'utf8',
        env: { ...process.env, CONTRACT_TOKEN: TOKEN, CONTRACT_FORBIDDEN_TOKEN: FORBIDDEN },
        timeout: TEST_BUDGET_MS - 5_000,
      },
    );
    expect({ status: check.status, stderr: check.stderr }).toEqual({ status: 0, stderr: '' });
    expect(check.stdout).toMatch(/^Passed: no violation/m);
    expect(check.stdout).not.toContain(TOKEN);
  },
  TEST_BUDGET_MS,
);

test(
  "the README's jest example, as written, passes a team's express app: every check a passing test",
  () => {
    const example = docBlock('README.md', '### Inside your jest suite', 'ts');
    const file = /^\/\/ (\S+\.test\.ts)$/m.exec(example)?.[1] ?? 'no file name in the example';
    mkdirSync(path.join(project, path.dirname(file)), { recursive: true });
    writeFileSync(path.join(project, file), example);
    const run = consumerJest(file);
    expect(run.stderr).not.toContain('Must use import to load ES Module');
    expect(run.outcomes.length).toBeGreaterThan(10);
    expect(run.outcomes.filter((outcome) => !outcome.endsWith(' passed'))).toEqual([]);
    expect(run.status).toBe(0);
    expect(run.stderr + run.stdout).not.toContain(TOKEN);
  },
  TEST_BUDGET_MS,
);

test(
  "a team's jest, as configured by default, fails a broken app with its curl line",
  () => {
    writeFileSync(
      path.join(project, 'broken.test.js'),
      `const { describeConformance } = require('lakesail-contract/jest');
// An app of the team's own, in process: it answers everything with 500.
const broken = (request, response) => {
  request.resume();
  request.on('end', () => {
    response.writeHead(500, { 'content-type': 'application/json' });
    response.end('{"message":"boom"}');
  });
};
describeConformance({ app: broken }, { runs: 5, seed: 1 });
`,
    );
    const run = consumerJest('broken.test.js');
    expect(run.outcomes.filter((outcome) => outcome.endsWith(' failed'))).toEqual([
      'status-code-conformance failed',
      'not-a-server-error failed',
    ]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('[status-code-conformance]');
    expect(run.stderr).toContain(
      `curl -X POST "$BASE_URL/api/org/v1/users" -H "Authorization: Bearer $CONTRACT_TOKEN"`,
    );
    expect(run.stderr + run.stdout).not.toContain(TOKEN);
  },
  TEST_BUDGET_MS,
);
