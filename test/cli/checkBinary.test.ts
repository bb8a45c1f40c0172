import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { packageRoot } from '../../core/packageRoot';
import { createReferenceApp } from '../../servers/createReferenceApp';
import { ensureBuilt } from '../proof/support/ensureBuilt';
import { startServerProcess } from '../proof/support/startServerProcess';
import { type LocalServer, serveLocally } from '../support/serveLocally';

const run = promisify(execFile);
const TOKEN = 'binary-test-token-0123456789';

/** The built `lakesail-contract` binary, as CI runs it: exit codes and one-line errors. */
describe('the built binary', () => {
  let server: LocalServer;
  beforeAll(async () => {
    ensureBuilt();
    server = await serveLocally(await createReferenceApp({ tokens: [TOKEN] }));
  });
  afterAll(() => server.close());

  async function binary(args: string[], env: Record<string, string> = {}) {
    const bin = path.join(packageRoot(), 'dist/cli/main.js');
    try {
      const { stdout, stderr } = await run(process.execPath, [bin, 'check', ...args], {
        env: { PATH: process.env.PATH, CI: 'true', GITHUB_SHA: 'abcdef0123456789', ...env },
      });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
  }

  test('exit 0 against the reference server, token from the environment', async () => {
    const result = await binary(['--target', server.baseUrl, '--runs', '5'], { CONTRACT_TOKEN: TOKEN });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^lakesail-contract check: seed \d+ \(commit abcdef012345 \(GITHUB_SHA\)\), run id [a-z0-9]+, target/,
    );
    expect(result.stdout).toMatch(/\nPassed: no violation in \d+ requests/);
    expect(result.stdout + result.stderr).not.toContain(TOKEN);
  });

  test('exit 1 on violations (a token the server refuses), exit 2 with one line when unreachable', async () => {
    const refused = await binary([
      '--target',
      server.baseUrl,
      '--runs',
      '2',
      '--token',
      'not-the-token-0000000',
    ]);
    expect(refused.code).toBe(1);
    const unreachable = await binary(['--target', 'http://127.0.0.1:9', '--token', TOKEN]);
    expect(unreachable.code).toBe(2);
    expect(unreachable.stderr).toBe(
      'lakesail-contract: target http://127.0.0.1:9 is unreachable: connect ECONNREFUSED 127.0.0.1:9\n',
    );
  });

  test('check is one file: it loads no other module of the package or its dependencies, and not swagger-parser', async () => {
    const bin = path.join(packageRoot(), 'dist/cli/main.js');
    // Lists every module loaded when the process exits.
    const listModules =
      "process.on('exit', () => process.stderr.write(Object.keys(require.cache).join('\\n')))";
    const args = ['-e', `${listModules}; process.argv.splice(1, 0, '${bin}'); require('${bin}')`];
    const result = await run(process.execPath, [
      ...args,
      'check',
      '--target',
      'http://127.0.0.1:9',
      '--token',
      TOKEN,
    ]).catch((error: { stderr: string }) => error);
    const loaded = result.stderr.split('\n').filter((file) => file.endsWith('.js') || file.endsWith('.cjs'));
    // The build bundles the CLI (scripts/bundleCli.js): Node resolves and reads one file, not about 330, and
    // lint's swagger-parser (vendor/) is loaded only when lint or diff runs.
    expect(loaded).toEqual([bin]);
  });

  test('end to end: the built reference server as its own process, the built CLI against it, exit 0', async () => {
    const reference = await startServerProcess({
      token: TOKEN,
      forbiddenToken: 'binary-forbidden-0123456789',
    });
    try {
      const result = await binary(
        ['--target', reference.baseUrl, '--runs', '20', '--forbidden-token', 'binary-forbidden-0123456789'],
        {
          CONTRACT_TOKEN: TOKEN,
        },
      );
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(result.stdout).not.toMatch(/Skipped|Warning/);
    } finally {
      await reference.stop();
    }
  });
});
