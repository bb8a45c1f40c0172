/**
 * The docs' "check the mock" blocks, run as written in a shell: the mock started in the background, the kit
 * checking it at once. Without `--wait-for-target` the check raced the mock's start-up and most runs ended
 * "unreachable"; the README's block must pass 10 times out of 10.
 * Time budget: 30 s a run, 330 s in all (the jest timeouts below); about 10 s a run on a busy 2-core machine.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { packageRoot } from '../../core/packageRoot';
import { docBlock } from '../support/docBlock';

const RUN_BUDGET_MS = 30_000;
const README_RUNS = 10;

/** A port free a moment ago: the block's port 4010 is replaced by it, so runs on a shared machine never collide. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * Runs a block in bash, in its own process group, from the repository root, with the mock's default port
 * moved to `port` (`MOCK_PORT`, and the URL in the block). The group is killed afterwards: the block leaves the
 * mock running, as it would in a terminal.
 */
async function runBlock(block: string, port: number): Promise<{ code: number | null; output: string }> {
  const script = `set -e\n${block.replaceAll('127.0.0.1:4010', `127.0.0.1:${port}`)}`;
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, MOCK_PORT: String(port) };
  const child = spawn('bash', ['-c', script], { cwd: packageRoot(), env, detached: true });
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr.on('data', (chunk) => {
    output += chunk;
  });
  const closed = new Promise((resolve) => child.on('close', resolve));
  // 'exit', not 'close': the mock left running holds the output pipes open until the group is killed.
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  process.kill(-(child.pid as number), 'SIGTERM');
  await closed;
  return { code, output };
}

const readme = docBlock('README.md', '**Check the mock itself**', 'sh');

test('the README block starts the mock in the background and checks it with --wait-for-target', () => {
  expect(readme).toContain(' &\n');
  expect(readme).toMatch(/lakesail-contract check --target http:\/\/127\.0\.0\.1:4010 --wait-for-target \d+/);
});

test.each(Array.from({ length: README_RUNS }, (_, index) => index + 1))(
  "the README's block passes, run %i of 10",
  async () => {
    const { code, output } = await runBlock(readme, await freePort());
    expect({ code, verdict: output.match(/^(Passed|Failed)[^\n]*/m)?.[0] ?? output }).toEqual({
      code: 0,
      verdict: expect.stringMatching(/^Passed: no violation/),
    });
  },
  RUN_BUDGET_MS,
);

test(
  "docs/mock.md's block passes",
  async () => {
    const block = docBlock('docs/mock.md', '### Check the mock itself', 'sh');
    const { code, output } = await runBlock(block, await freePort());
    expect({ code, verdict: output.match(/^(Passed|Failed)[^\n]*/m)?.[0] ?? output }).toEqual({
      code: 0,
      verdict: expect.stringMatching(/^Passed: no violation/),
    });
  },
  RUN_BUDGET_MS,
);
