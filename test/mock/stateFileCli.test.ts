import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runMockCli } from '../../mock/runMockCli';
import { createScratch } from '../support/specCopy';
import { type MockResponse, send } from './support/send';
import { type MockProcess, spawnMockCli, urlPrintedBy } from './support/spawnMockCli';

// `npm run mock -- --state-file <file>`, as a user runs it: users survive a restart after SIGTERM, SIGINT or
// a kill (SIGKILL) once their change was acknowledged (the mock in its own process); a file that cannot be
// used stops the mock (exit 2, one line: runMockCli, in this process) and is left as it is.
const TOKEN = 'admin-token-1234';
const USERS = '/api/org/v1/users';
const scratch = createScratch();
const folder = path.dirname(scratch.file('marker', ''));
afterAll(() => scratch.cleanup());

let running: MockProcess | undefined;
afterEach(async () => {
  if (running && running.child.exitCode === null && running.child.signalCode === null) {
    running.child.kill('SIGKILL');
    await running.exited;
  }
  running = undefined;
});

async function start(args: string[]): Promise<string> {
  running = spawnMockCli(['--port', '0', '--token', TOKEN, ...args]);
  return urlPrintedBy(running);
}

async function stop(signal: NodeJS.Signals): Promise<number | string> {
  const mock = running as MockProcess;
  mock.child.kill(signal);
  const exited = await mock.exited;
  running = undefined;
  return exited;
}

function call(url: string, method: string, target: string, body?: unknown): Promise<MockResponse> {
  const headers: Record<string, string> = { Authorization: `Bearer ${TOKEN}` };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  return send(url, {
    method,
    path: target,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

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

const ada = {
  username: 'ada',
  email: 'ada@example.com',
  firstName: 'Ada',
  lastName: 'Lovelace',
  displayName: 'Ada Lovelace',
};

// One mock after another on one file (a start costs a second: Prism loads): each signal ends a mock right after
// an acknowledged change, and the next one must describe the user as that change left it.
test('a user created and updated before SIGTERM, SIGINT or SIGKILL is described the same after each restart', async () => {
  const file = path.join(folder, 'signals.json');
  let url = await start(['--state-file', file]);
  // A missing file starts an empty store, and is created at the first change, not before.
  expect(existsSync(file)).toBe(false);
  const id = ((await call(url, 'POST', USERS, ada)).json as { id: string }).id;
  for (const signal of ['SIGTERM', 'SIGINT', 'SIGKILL'] as const) {
    const updated = await call(url, 'PATCH', `${USERS}/${id}`, { displayName: `After ${signal}` });
    expect(updated.status).toBe(200);
    // Acknowledged: stopped now, the change must be on disk already.
    expect(await stop(signal)).toBe(signal === 'SIGKILL' ? 'SIGKILL' : 0);
    url = await start(['--state-file', file]);
    const described = await call(url, 'GET', `${USERS}/${id}`);
    expect({ signal, status: described.status, body: described.json }).toEqual({
      signal,
      status: 200,
      body: updated.json,
    });
  }
  expect(readdirSync(folder).filter((name) => name.startsWith('.signals'))).toEqual([]);
});

test('a reset is written to the state file: after a restart the user is gone', async () => {
  const file = path.join(folder, 'reset.json');
  let url = await start(['--state-file', file]);
  const id = ((await call(url, 'POST', USERS, ada)).json as { id: string }).id;
  expect((await send(url, { method: 'POST', path: '/__mock/reset' })).status).toBe(200);
  await stop('SIGKILL');
  url = await start(['--state-file', file]);
  expect((await call(url, 'GET', `${USERS}/${id}`)).status).toBe(404);
  expect((await call(url, 'GET', '/__mock/users')).json).toEqual([]);
});

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
      valid([{ ...ada, id: 'lower-case' }]),
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
          ...ada,
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
      [ada, { username: 'bob' }],
      /^mock: --data \S+: users #1 is not a valid UserSpec: \(root\) must have required property 'email'/,
    ],
    ['an entry that is not an object', [ada, 'ada'], /^mock: --data \S+: users #1 is not an object\n$/],
    ['not an array', ada, /^mock: --data \S+: expected a JSON array of User or UserSpec objects\n$/],
    [
      'more users than --max-users',
      [ada, ada, ada],
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

test('an existing state file wins over --data at start; a reset returns to the seed and writes it', async () => {
  const file = path.join(folder, 'with-seed.json');
  const seed = scratch.file('seed-ok.json', JSON.stringify([ada]));
  let url = await start(['--state-file', file, '--data', seed]);
  expect(((await call(url, 'GET', '/__mock/users')).json as unknown[]).length).toBe(1);
  await call(url, 'POST', USERS, { ...ada, username: 'grace' });
  await stop('SIGTERM');
  url = await start(['--state-file', file, '--data', seed]);
  expect(((await call(url, 'GET', '/__mock/users')).json as unknown[]).length).toBe(2);
  await send(url, { method: 'POST', path: '/__mock/reset' });
  await stop('SIGKILL');
  writeFileSync(seed, JSON.stringify([ada, ada, ada]));
  url = await start(['--state-file', file, '--data', seed]);
  expect(
    ((await call(url, 'GET', '/__mock/users')).json as { username: string }[]).map((u) => u.username),
  ).toEqual(['ada']);
});
