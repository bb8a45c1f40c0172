import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { packageRoot } from '../../core/packageRoot';

/** `lakesail-reference-server`, the public bin, as a team runs it. */
function referenceServer(args: string[]) {
  return spawnSync(process.execPath, [path.join(packageRoot(), 'dist/servers/main.js'), ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH },
    // A server that starts instead of refusing the options would otherwise hold the test.
    timeout: 10_000,
  });
}

test('--help names each default once: the token variables, no empty list', () => {
  const help = referenceServer(['--help']);
  expect(help.status).toBe(0);
  const text = help.stdout.replace(/\s+/g, ' ');
  expect(text).toContain('(repeatable; default: $CONTRACT_TOKEN) --forbidden-token');
  expect(text).not.toContain('(default: [])');
  expect(text).not.toContain('--variant');
});

test('it serves the reference server only: --variant is an unknown option; no token is one line, exit 2', () => {
  const variant = referenceServer(['--variant', 'leaked-token', '--token', 'reference-token-0123456789']);
  expect({ status: variant.status, stderr: variant.stderr }).toEqual({
    status: 2,
    stderr: "error: unknown option '--variant'\n",
  });
  const noToken = referenceServer(['--port', '0']);
  expect({ status: noToken.status, stderr: noToken.stderr }).toEqual({
    status: 2,
    stderr: 'reference-server: give at least one valid token: --token T or CONTRACT_TOKEN\n',
  });
});
