import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { type RunningMock, startMock } from '../../mock/startMock';
import { readStateFile } from '../../mock/store/stateFile';
import { createScratch } from '../support/specCopy';
import { type MockResponse, send } from './support/send';

// The options of the mock's store, each in a mock of its own: --unique, --max-users, --data, and atomic updates.
const TOKEN = 'admin-token-1234';
const USERS = '/api/org/v1/users';
const scratch = createScratch();
afterAll(() => scratch.cleanup());

const spec = (name: string, extra: Record<string, string> = {}) => ({
  username: name,
  email: `${name}@example.com`,
  firstName: name,
  lastName: 'Tester',
  displayName: `${name} Tester`,
  ...extra,
});

function request(mock: RunningMock, method: string, path: string, body?: unknown): Promise<MockResponse> {
  const headers: Record<string, string> = { Authorization: `Bearer ${TOKEN}` };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  return send(mock.url, {
    method,
    path,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

const idOf = (response: MockResponse) => (response.json as { id: string }).id;

describe('--unique and --max-users 3', () => {
  let mock: RunningMock;
  beforeAll(async () => {
    mock = await startMock({ port: 0, tokens: [TOKEN], unique: true, maxUsers: 3 });
  });
  afterAll(() => mock.close());
  beforeEach(() => request(mock, 'POST', '/__mock/reset'));

  test('a taken username or email, in any letter case, gets 409 with an Error; nothing is created', async () => {
    expect((await request(mock, 'POST', USERS, spec('ada'))).status).toBe(201);
    const again = await request(mock, 'POST', USERS, spec('ADA', { email: 'other@example.com' }));
    expect({ status: again.status, body: again.json }).toEqual({
      status: 409,
      body: { message: 'Another user already has the username ADA.' },
    });
    const email = await request(mock, 'POST', USERS, spec('bob', { email: 'Ada@Example.com' }));
    expect(email.json).toEqual({ message: 'Another user already has the email Ada@Example.com.' });
    expect(((await request(mock, 'GET', '/__mock/users')).json as unknown[]).length).toBe(1);
  });

  test('an update to a taken email gets 409 and changes nothing; its own email in another case is fine', async () => {
    await request(mock, 'POST', USERS, spec('ada'));
    const bob = await request(mock, 'POST', USERS, spec('bob'));
    const taken = await request(mock, 'PATCH', `${USERS}/${idOf(bob)}`, {
      displayName: 'Bob',
      email: 'ADA@example.com',
    });
    expect(taken.status).toBe(409);
    expect((await request(mock, 'GET', `${USERS}/${idOf(bob)}`)).json).toEqual(bob.json);
    const own = await request(mock, 'PATCH', `${USERS}/${idOf(bob)}`, { email: 'BOB@example.com' });
    expect(own.status).toBe(200);
  });

  test('concurrent creates with one username: exactly one is created', async () => {
    const answers = await Promise.all(
      Array.from({ length: 3 }, (_, index) =>
        request(mock, 'POST', USERS, spec('same', { email: `same${index}@example.com` })),
      ),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409, 409]);
  });

  test('past --max-users a create gets 507 with an Error naming the option; a reset makes room again', async () => {
    for (const name of ['a1', 'a2', 'a3'])
      expect((await request(mock, 'POST', USERS, spec(name))).status).toBe(201);
    const full = await request(mock, 'POST', USERS, spec('a4'));
    expect(full.status).toBe(507);
    expect(full.headers['content-type']).toBe('application/json; charset=utf-8');
    expect((full.json as { message: string }).message).toBe(
      "The mock's store is full: it keeps at most 3 users (--max-users); POST /__mock/reset empties it, or restart the mock with a larger --max-users.",
    );
    await request(mock, 'POST', '/__mock/reset');
    expect((await request(mock, 'POST', USERS, spec('a4'))).status).toBe(201);
  });
});

describe('without --unique', () => {
  let mock: RunningMock;
  beforeAll(async () => {
    mock = await startMock({ port: 0, tokens: [TOKEN] });
  });
  afterAll(() => mock.close());

  test('a taken username and email are accepted, as the contract allows: two users', async () => {
    const first = await request(mock, 'POST', USERS, spec('twin'));
    const second = await request(mock, 'POST', USERS, spec('twin'));
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(idOf(first)).not.toBe(idOf(second));
  });

  test('concurrent updates of different properties of one user all take effect', async () => {
    const created = await request(mock, 'POST', USERS, spec('racer'));
    const path = `${USERS}/${idOf(created)}`;
    const changes = [
      { username: 'racer.new' },
      { email: 'racer.new@example.com' },
      { firstName: 'Speedy' },
      { lastName: 'Gonzales' },
      { displayName: 'Speedy Gonzales' },
    ];
    const answers = await Promise.all(changes.map((change) => request(mock, 'PATCH', path, change)));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200]);
    const described = (await request(mock, 'GET', path)).json as Record<string, string>;
    expect(described).toMatchObject(Object.assign({}, ...changes));
    expect(described.createdAt).toBe((created.json as Record<string, string>).createdAt);
    // The last update's answer is the user as it is now: the answers agree with the description.
    const latest = answers
      .map((answer) => answer.json as Record<string, string>)
      .sort((a, b) => String(a.updatedAt).localeCompare(String(b.updatedAt)));
    expect(latest.at(-1)).toEqual(described);
  });
});

describe('--data seeds the store', () => {
  const seedFile = scratch.file(
    'seed.json',
    JSON.stringify([
      spec('grace'),
      {
        ...spec('ada'),
        id: 'ADA1815',
        createdAt: '2026-01-15T09:30:00Z',
        updatedAt: '2026-01-15T09:30:00Z',
      },
    ]),
  );
  let mock: RunningMock;
  beforeAll(async () => {
    mock = await startMock({ port: 0, tokens: [TOKEN], dataFile: seedFile });
  });
  afterAll(() => mock.close());

  test('a User is kept as written, a UserSpec made as a create makes it; a reset returns to them', async () => {
    const seeded = (await request(mock, 'GET', '/__mock/users')).json as Record<string, string>[];
    expect(seeded).toHaveLength(2);
    expect(seeded[0]).toMatchObject({ ...spec('grace'), id: expect.stringMatching(/^[A-Z0-9]{12}$/) });
    expect(seeded[0]?.createdAt).toBe(seeded[0]?.updatedAt);
    expect((await request(mock, 'GET', `${USERS}/ADA1815`)).json).toEqual(seeded[1]);

    await request(mock, 'PATCH', `${USERS}/ADA1815`, { displayName: 'Countess' });
    await request(mock, 'POST', USERS, spec('extra'));
    const reset = await request(mock, 'POST', '/__mock/reset');
    expect(reset.json).toEqual({ message: 'Reset to the --data seed: the mock keeps 2 users.' });
    expect((await request(mock, 'GET', '/__mock/users')).json).toEqual(seeded);
  });
});

describe('--state-file in a folder that disappears', () => {
  const folder = path.join(path.dirname(scratch.file('marker', '')), 'state');
  const file = path.join(folder, 'users.json');
  let mock: RunningMock;
  beforeAll(async () => {
    mkdirSync(folder);
    mock = await startMock({ port: 0, tokens: [TOKEN], stateFile: file });
  });
  afterAll(() => mock.close());

  test('a change that cannot be written gets 500, stays in memory, and reaches the file with the next write', async () => {
    expect((await request(mock, 'POST', USERS, spec('first'))).status).toBe(201);
    rmSync(folder, { recursive: true });
    const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    let failed: MockResponse;
    try {
      failed = await request(mock, 'POST', USERS, spec('second'));
      expect(stderr).toHaveBeenCalledWith(
        expect.stringMatching(/^mock: cannot write \S+users\.json: .*ENOENT/),
      );
    } finally {
      stderr.mockRestore();
    }
    expect({ status: failed.status, body: failed.json }).toEqual({
      status: 500,
      body: { message: 'The mock could not write its state file; its console says why.' },
    });
    mkdirSync(folder);
    expect((await request(mock, 'POST', USERS, spec('third'))).status).toBe(201);
    const written = readStateFile(file, 1024 * 1024);
    expect(written.kind === 'state' && written.snapshot.users?.map((user) => user.username)).toEqual([
      'first',
      'second',
      'third',
    ]);
  });
});
