/**
 * The package as a team gets it: packed, installed into a project of its own, and used through its public
 * entries only. This is where a defect of packaging shows (a file missing from `files`, an export map that
 * leaks or hides, a dependency a team's jest cannot load), which tests inside this repository cannot see.
 */
import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { packageRoot } from '../../core/packageRoot';
import { ensureBuilt } from '../proof/support/ensureBuilt';

const TOKEN = 'package-test-token-0123456789';
const FORBIDDEN = 'package-test-viewer-0123456789';

let project: string;
let reference: ChildProcess | undefined;
let referenceUrl: string;

const bin = (name: string) => path.join(project, 'node_modules', '.bin', name);

beforeAll(async () => {
  ensureBuilt();
  project = mkdtempSync(path.join(tmpdir(), 'lakesail-consumer-'));
  // dist/ and vendor/ are current (ensureBuilt, npm ci): pack them as they are.
  execFileSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', project], {
    cwd: packageRoot(),
    stdio: 'pipe',
  });
  const tarball = readdirSync(project).find((file) => file.endsWith('.tgz'));
  if (!tarball) throw new Error('npm pack wrote no tarball');
  writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
  // The dependencies are in npm's cache after `npm ci`; the registry is asked only for what is missing.
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
    ],
    { cwd: project, stdio: 'pipe', timeout: 170_000 },
  );
  const started = spawn(
    bin('lakesail-reference-server'),
    ['--port', '0', '--token', TOKEN, '--forbidden-token', FORBIDDEN],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  reference = started;
  referenceUrl = await new Promise<string>((resolve, reject) => {
    let output = '';
    started.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /http:\/\/127\.0\.0\.1:\d+/.exec(output)?.[0];
      if (url) resolve(url);
    });
    started.on('exit', (code) =>
      reject(new Error(`lakesail-reference-server exited with ${code}: ${output}`)),
    );
  });
}, 180_000);

afterAll(() => {
  reference?.kill();
  rmSync(project, { recursive: true, force: true });
});

function node(script: string) {
  return spawnSync(process.execPath, ['-e', script], { cwd: project, encoding: 'utf8' });
}

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
    JSON.parse(readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')).version,
  );
  const lint = spawnSync(bin('lakesail-contract'), ['lint'], { cwd: project, encoding: 'utf8' });
  expect({ status: lint.status, stderr: lint.stderr }).toEqual({ status: 0, stderr: '' });
  expect(lint.stdout).toContain('lint passed: no problems');
  const mockHelp = spawnSync(bin('lakesail-mock'), ['--help'], { encoding: 'utf8' });
  expect(mockHelp.status).toBe(0);
  expect(mockHelp.stdout).toContain('--forbidden-token');
});

test("a team's jest, as configured by default, runs describeConformance: a correct server passes, a broken app fails with its curl line", () => {
  writeFileSync(path.join(project, 'jest.config.js'), "module.exports = { testEnvironment: 'node' };\n");
  writeFileSync(
    path.join(project, 'contract.test.js'),
    `const { describeConformance } = require('lakesail-contract/jest');
describeConformance({ baseUrl: process.env.REFERENCE_URL }, { runs: 5, seed: 1 });
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
  const results = path.join(project, 'results.json');
  const run = spawnSync(
    process.execPath,
    [require.resolve('jest/bin/jest'), '--rootDir', project, '--ci', '--json', '--outputFile', results],
    {
      cwd: project,
      encoding: 'utf8',
      env: {
        ...process.env,
        REFERENCE_URL: referenceUrl,
        CONTRACT_TOKEN: TOKEN,
        CONTRACT_FORBIDDEN_TOKEN: FORBIDDEN,
      },
      timeout: 120_000,
    },
  );
  expect(run.stderr).not.toContain('Must use import to load ES Module');
  const report = JSON.parse(readFileSync(results, 'utf8'));
  const outcomes = report.testResults[0].assertionResults.map(
    (result: { ancestorTitles: string[]; title: string; status: string }) =>
      `${result.ancestorTitles.length === 1 ? 'describe' : 'nested'} ${result.title.split(':')[0]} ${result.status}`,
  );
  const [correct, broken] = [outcomes.slice(0, outcomes.length / 2), outcomes.slice(outcomes.length / 2)];
  expect(correct.filter((outcome: string) => !outcome.endsWith(' passed'))).toEqual([]);
  expect(broken.filter((outcome: string) => outcome.endsWith(' failed'))).toEqual([
    'describe status-code-conformance failed',
    'describe not-a-server-error failed',
  ]);
  expect(run.status).toBe(1);
  expect(run.stderr).toContain('[status-code-conformance]');
  expect(run.stderr).toContain(
    `curl -X POST "$BASE_URL/api/org/v1/users" -H "Authorization: Bearer $CONTRACT_TOKEN"`,
  );
  expect(run.stderr + run.stdout).not.toContain(TOKEN);
});
