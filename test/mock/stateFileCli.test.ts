import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runMockCli } from '../../mock/runMockCli';
import { createScratch } from '../support/specCopy';
import { ADA_SPEC } from './support/adaSpec';

// `npm run mock -- --state-file <file>` or `--data <file>` that cannot be used stops the mock (exit 2, one line:
// runMockCli, in this process) and leaves the file as it is. Restarts, each mock in its own process, are in the
// slow tier (test/slow/mockStateRestarts.slow.test.ts).
const scratch = createScratch();
const folder = path.dirname(scratch.file('marker', ''));
afterAll(() => scratch.cleanup());

/** `npm run mock -- <args>` that cannot start: its exit code and what it printed. */
async function refused(args: string[]): Promise<{ exitCode: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io = { stdout: (text: string) => (out += text), stderr: (text: string) => (err += text) };
  const result = await runMockCli(['--port', '0', ...args], {}, io);
  if (!('exitCode' in result)) {
    await result.mock.close();
    throw new Error('the mock started');
  }
  return { exitCode: result.exitCode, out, err };
}

describe('a state file that cannot be used: exit 2, one line, the file left as it is', () => {
  const valid = (users: unknown[]) =>
    JSON.stringify({ format: 'lakesail-mock-state/1', resources: { users } });
  test.each([
    ['not JSON', '{"format": "lakesail-mock-state/1", "resources": {', /: not JSON: /],
    [
      'another JSON document',
      '[1, 2, 3]',
      /: not a state file of the mock \(no "format": "lakesail-mock-state\/1"\)/,
    ],
    [
      'a user that is not a User',
      valid([{ ...ADA_SPEC, id: 'lower-case' }]),
      /: users #0 is not a valid User: \(root\) must have required property 'createdAt'/,
    ],
    [
      'a collection the spec does not have',
      JSON.stringify({ format: 'lakesail-mock-state/1', resources: { pets: [] } }),
      /: the spec has no collection pets/,
    ],
    [
      'two users with one ID',
      valid(
        [1, 2].map(() => ({
          ...ADA_SPEC,
          id: 'SAME',
          createdAt: '2026-01-15T09:30:00Z',
          updatedAt: '2026-01-15T09:30:00Z',
        })),
      ),
      /: users #1 has the id SAME of another one/,
    ],
  ])('%s', async (_name, text, message) => {
    const file = scratch.file('broken.json', text);
    const { exitCode, out, err } = await refused(['--state-file', file]);
    expect({ exitCode, out }).toEqual({ exitCode: 2, out: '' });
    expect(err).toMatch(
      /^mock: --state-file \S+broken\.json: [^\n]+ \(the mock leaves the file as it is\)\n$/,
    );
    expect(err).toMatch(message);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  test('a folder', async () => {
    const { exitCode, err } = await refused(['--state-file', folder]);
    expect(exitCode).toBe(2);
    expect(err).toMatch(/^mock: --state-file \S+: cannot read it: not a regular file/);
  });
});

describe('--data: any invalid entry is one line naming it, exit 2', () => {
  test.each([
    [
      'an entry without an email',
      [ADA_SPEC, { username: 'bob' }],
      /^mock: --data \S+: users #1 is not a valid UserSpec: \(root\) must have required property 'email'/,
    ],
    ['an entry that is not an object', [ADA_SPEC, 'ada'], /^mock: --data \S+: users #1 is not an object\n$/],
    ['not an array', ADA_SPEC, /^mock: --data \S+: expected a JSON array of User or UserSpec objects\n$/],
    [
      'more users than --max-users',
      [ADA_SPEC, ADA_SPEC, ADA_SPEC],
      /^mock: --data \S+: users #2 is one more than --max-users \(2\) allows; raise it\n$/,
    ],
  ])('%s', async (_name, data, message) => {
    const file = scratch.file('seed.json', JSON.stringify(data));
    const { exitCode, err } = await refused(['--data', file, '--max-users', '2']);
    expect(exitCode).toBe(2);
    expect(err).toMatch(message);
    expect(err.split('\n')).toHaveLength(2);
  });

  test('a missing file', async () => {
    const { exitCode, err } = await refused(['--data', path.join(folder, 'none.json')]);
    expect(exitCode).toBe(2);
    expect(err).toMatch(/^mock: --data \S+none\.json: no such file\n$/);
  });
});
