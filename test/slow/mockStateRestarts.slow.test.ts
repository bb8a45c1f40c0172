import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ADA_SPEC } from '../mock/support/adaSpec';
import { type MockResponse, send } from '../mock/support/send';
import { type MockProcess, spawnMockCli, urlPrintedBy } from '../mock/support/spawnMockCli';
import { createScratch } from '../support/specCopy';

// `npm run mock -- --state-file <file>`, as a user runs it, each mock in its own process (a start costs a
// second: Prism loads, so these run in the slow tier): users survive a restart after SIGTERM, SIGINT or a kill
// (SIGKILL) once their change was acknowledged; a reset is written; a state file wins over --data.
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

// One mock after another on one file (a start costs a second: Prism loads): each signal ends a mock right after
// an acknowledged change, and the next one must describe the user as that change left it.
test('a user created and updated before SIGTERM, SIGINT or SIGKILL is described the same after each restart', async () => {
  const file = path.join(folder, 'signals.json');
  let url = await start(['--state-file', file]);
  // A missing file starts an empty store, and is created at the first change, not before.
  expect(existsSync(file)).toBe(false);
  const id = ((await call(url, 'POST', USERS, ADA_SPEC)).json as { id: string }).id;
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
  const id = ((await call(url, 'POST', USERS, ADA_SPEC)).json as { id: string }).id;
  expect((await send(url, { method: 'POST', path: '/__mock/reset' })).status).toBe(200);
  await stop('SIGKILL');
  url = await start(['--state-file', file]);
  expect((await call(url, 'GET', `${USERS}/${id}`)).status).toBe(404);
  expect((await call(url, 'GET', '/__mock/users')).json).toEqual([]);
});

test('an existing state file wins over --data at start; a reset returns to the seed and writes it', async () => {
  const file = path.join(folder, 'with-seed.json');
  const seed = scratch.file('seed-ok.json', JSON.stringify([ADA_SPEC]));
  let url = await start(['--state-file', file, '--data', seed]);
  expect(((await call(url, 'GET', '/__mock/users')).json as unknown[]).length).toBe(1);
  await call(url, 'POST', USERS, { ...ADA_SPEC, username: 'grace' });
  await stop('SIGTERM');
  url = await start(['--state-file', file, '--data', seed]);
  expect(((await call(url, 'GET', '/__mock/users')).json as unknown[]).length).toBe(2);
  await send(url, { method: 'POST', path: '/__mock/reset' });
  await stop('SIGKILL');
  writeFileSync(seed, JSON.stringify([ADA_SPEC, ADA_SPEC, ADA_SPEC]));
  url = await start(['--state-file', file, '--data', seed]);
  expect(
    ((await call(url, 'GET', '/__mock/users')).json as { username: string }[]).map((u) => u.username),
  ).toEqual(['ada']);
});
