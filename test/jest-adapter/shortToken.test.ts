import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { packageRoot } from '../../core/packageRoot';

const run = promisify(execFile);
const SHORT = 'sh0rt!7';

test('a CONTRACT_TOKEN shorter than 8 characters fails every test with one line naming it, never its value', async () => {
  const root = packageRoot();
  let output = '';
  let code = 0;
  try {
    await run(
      process.execPath,
      [
        require.resolve('jest/bin/jest'),
        ...['--rootDir', root, '--ci', '--colors=false', '--verbose'],
        ...['--testMatch', '**/test/jest-adapter/fixtures/shortToken.fixture.ts'],
      ],
      { cwd: root, env: { PATH: process.env.PATH, CI: 'true', CONTRACT_TOKEN: SHORT } },
    );
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    code = failed.code;
    output = failed.stdout + failed.stderr;
  }
  expect(code).toBe(1);
  expect(output).toMatch(/✕ status-code-conformance: /);
  expect(output).toContain(
    'describeConformance: token is shorter than 8 characters: give the real bearer token',
  );
  expect(output).not.toContain(SHORT);
}, 60_000);
