import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ALL_CHECKS } from '../../conformance/checks';
import { packageRoot } from '../../core/packageRoot';

/** The adapter as a team's jest runs it: a child jest on a fixture file, without --forceExit. */
function childJest(fixture: string): Promise<{ code: number | null; output: string; results: JestResults }> {
  const folder = mkdtempSync(path.join(tmpdir(), 'adapter-slow-'));
  const results = path.join(folder, 'results.json');
  const root = packageRoot();
  const args = [
    require.resolve('jest/bin/jest'),
    '--rootDir',
    root,
    '--ci',
    '--colors=false',
    '--json',
    '--outputFile',
    results,
    '--testMatch',
    `**/test/slow/fixtures/${fixture}`,
    // The default config leaves test/slow/ to the slow tier; here its fixtures are the tests.
    '--testPathIgnorePatterns',
    '/node_modules/',
    '/dist/',
  ];
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      args,
      // No CONTRACT_TOKEN; killed if it does not exit by itself well after its tests are done.
      { cwd: root, env: { PATH: process.env.PATH }, timeout: 120_000, killSignal: 'SIGKILL' },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        try {
          resolve({ code, output: stdout + stderr, results: JSON.parse(readFileSync(results, 'utf8')) });
        } finally {
          rmSync(folder, { recursive: true, force: true });
        }
      },
    );
  });
}

interface JestResults {
  testResults: {
    assertionResults: {
      ancestorTitles: string[];
      title: string;
      status: string;
      failureMessages: string[];
    }[];
  }[];
}

test('a call that cannot run fails once, saying what to set; a usage error the run finds fails its run test', async () => {
  const { code, results } = await childJest('usageErrors.fixture.js');
  expect(code).toBe(1);
  const tests = results.testResults[0]?.assertionResults ?? [];
  const summary = tests.map((one) => `${one.status} ${one.title}`);
  expect(summary.slice(0, 3)).toEqual([
    'failed describeConformance: no token: set the token option or CONTRACT_TOKEN',
    expect.stringMatching(
      /^failed describeConformance: unknown option 'tokne' beside app or baseUrl \(the options: token, /,
    ),
    'failed describeConformance: options both beside the target (token) and as the second argument: give them one way',
  ]);
  for (const one of tests.slice(0, 3)) expect(one.failureMessages[0]).toContain(one.title);
  // The runner's own check of `runs`: reported in full once; the checks point at it.
  const run = tests.slice(3);
  expect(run[0]).toMatchObject({ title: 'the conformance run completes', status: 'failed' });
  expect(run[0]?.failureMessages[0]).toContain(
    "describeConformance: runs must be an integer from 0 to 1000000, got '-1'",
  );
  const checks = run.filter((one) => one.status === 'failed').slice(1);
  expect(checks.length).toBe(ALL_CHECKS.length);
  for (const one of checks) {
    expect(one.failureMessages[0]).toContain(
      'not checked: the conformance run did not complete (see "the conformance run completes")',
    );
  }
});

test('jest exits by itself, without --forceExit: every target closed, a run past runTimeoutMs stopped', async () => {
  const { code, output, results } = await childJest('exitsOnItsOwn.fixture.ts');
  expect(output).not.toContain('Jest did not exit');
  expect(code).toBe(1);
  const tests = results.testResults[0]?.assertionResults ?? [];
  const runs = tests.filter((one) => one.title === 'the conformance run completes');
  expect(runs.map((one) => one.status)).toEqual(['passed', 'passed', 'passed', 'failed']);
  expect(runs[3]?.failureMessages[0]).toContain(
    'describeConformance: the conformance run did not complete: stopped after runTimeoutMs (1500 ms): raise runTimeoutMs, or lower runs',
  );
});
