import { createReferenceApp, type ReferenceAppOptions } from '../../servers/createReferenceApp';
import { withServedApp } from '../support/serveLocally';
import {
  ADA,
  AUTH,
  createAda,
  describeUser,
  FORBIDDEN_TOKEN,
  header,
  idOf,
  json,
  OPTIONS,
  type Send,
  status,
  updateUser,
} from './demonstration';
import { sendRequest } from './sendRequest';

// The reference server's users resource, request by request: what the spec decides for CreateUser,
// DescribeUser and UpdateUser, and the choices it leaves open made one way (the conformant servers make them the
// other way).

const FORBIDDEN = `Bearer ${FORBIDDEN_TOKEN}`;

async function withReference<T>(use: (send: Send) => Promise<T>, options: ReferenceAppOptions = OPTIONS) {
  return withServedApp(await createReferenceApp(options), (baseUrl) =>
    use((sent) => sendRequest(`${baseUrl}/api/org/v1/users`, sent)),
  );
}

const time = (value: unknown) => Date.parse(String(value));

test('a created user has a Location, and describing it answers what the create did', () =>
  withReference(async (send) => {
    const created = await createAda(send);
    expect(status(created)).toBe(201);
    const id = idOf(created);
    expect(id).toMatch(/^[A-Z0-9]{12}$/);
    expect(header(created, 'location')).toBe(`/api/org/v1/users/${id}`);
    const described = await describeUser(send, id);
    expect(status(described)).toBe(200);
    expect(json(described)).toEqual(json(created));
  }));

test('an update changes exactly the properties sent, ignores unknown ones, and the next describe shows it', () =>
  withReference(async (send) => {
    const created = json(await createAda(send));
    const id = String(created.id);
    const body = { displayName: 'Countess of Lovelace', email: 'ada.lovelace@example.org', nickname: 'ada' };
    const updated = await updateUser(send, id, body);
    expect(status(updated)).toBe(200);
    const user = json(updated);
    expect(user).toEqual({
      ...created,
      displayName: 'Countess of Lovelace',
      email: 'ada.lovelace@example.org',
      updatedAt: user.updatedAt,
    });
    expect(time(user.updatedAt)).toBeGreaterThan(time(created.updatedAt));
    expect(json(await describeUser(send, id))).toEqual(user);
  }));

test('id, createdAt and updatedAt in a body are ignored, on create and on update', () =>
  withReference(async (send) => {
    const planted = { id: 'PLANTED1', createdAt: '2001-01-01T00:00:00Z', updatedAt: '2001-01-01T00:00:00Z' };
    const created = json(await createAda(send, planted));
    expect(created.id).not.toBe('PLANTED1');
    expect(time(created.createdAt)).toBeGreaterThan(time('2020-01-01T00:00:00Z'));
    const updated = json(await updateUser(send, String(created.id), planted));
    expect(updated.id).toBe(created.id);
    expect(updated.createdAt).toBe(created.createdAt);
    expect(time(updated.updatedAt)).toBeGreaterThan(time(created.updatedAt));
  }));

test('{} changes nothing but updatedAt, which the reference moves forward (a server may keep it)', () =>
  withReference(async (send) => {
    const created = json(await createAda(send));
    const updated = await updateUser(send, String(created.id), {});
    expect(status(updated)).toBe(200);
    const { updatedAt } = json(updated);
    expect(json(updated)).toEqual({ ...created, updatedAt });
    expect(time(updatedAt)).toBeGreaterThan(time(created.updatedAt));
  }));

test('a refused update (null, wrong type, bad email, not an object, no body, not JSON) leaves the user as it was', () =>
  withReference(async (send) => {
    const created = json(await createAda(send));
    const id = String(created.id);
    const refusals = [
      [{ displayName: null }, 400],
      [{ displayName: 42 }, 400],
      [{ displayName: 'Countess', email: 'not an address' }, 400],
      [[], 400],
      ['"Countess"', 400],
      ['{"displayName":', 400],
    ] as const;
    for (const [body, expected] of refusals) {
      expect({ body, status: status(await updateUser(send, id, body)) }).toEqual({ body, status: expected });
    }
    expect(status(await send({ method: 'PATCH', path: `/${id}`, authorization: AUTH }))).toBe(400);
    const asText = await send({
      method: 'PATCH',
      path: `/${id}`,
      authorization: AUTH,
      body: { displayName: 'Countess' },
      contentType: 'text/plain',
    });
    expect(status(asText)).toBe(415);
    expect(json(await describeUser(send, id))).toEqual(created);
  }));

test('an ID no user has is 404; a malformed one is 400, on describe and update', () =>
  withReference(async (send) => {
    expect(status(await describeUser(send, 'U7K2Q9XW3M'))).toBe(404);
    expect(json(await updateUser(send, 'U7K2Q9XW3M', {}))).toEqual({
      message: 'No user has the ID U7K2Q9XW3M.',
    });
    for (const malformed of ['u7k2q9xw3m', 'A'.repeat(21), 'U7K2-Q9XW', '%E2%82%AC']) {
      expect([
        status(await describeUser(send, malformed)),
        status(await updateUser(send, malformed, {})),
      ]).toEqual([400, 400]);
    }
    expect(json(await describeUser(send, 'u7k2'))).toEqual({
      message: 'request path parameter user must match pattern "^[A-Z0-9]+$"',
    });
  }));

test('an identity without CanManageUsers may describe a user (the reference allows it), not create or update one', () =>
  withReference(async (send) => {
    const created = json(await createAda(send));
    const id = String(created.id);
    expect(status(await describeUser(send, id, FORBIDDEN))).toBe(200);
    expect(status(await updateUser(send, id, { displayName: 'Viewer' }, FORBIDDEN))).toBe(403);
    expect(status(await send({ authorization: FORBIDDEN, body: ADA }))).toBe(403);
    expect(json(await describeUser(send, id))).toEqual(created);
  }));

test('without valid credentials: 401 with WWW-Authenticate before anything else is looked at', () =>
  withReference(async (send) => {
    const created = json(await createAda(send));
    const requests = [
      () => describeUser(send, 'not-an-id', ''),
      () => updateUser(send, 'not-an-id', null, 'Bearer unknown-token-0123'),
      () => updateUser(send, String(created.id), { displayName: 'Nobody' }, `Bearer ${'x'.repeat(12)} junk`),
      () => send({ method: 'PATCH', path: '/U7K2Q9XW3M', contentType: 'text/plain', body: 'x' }),
    ];
    for (const request of requests) {
      const observed = await request();
      expect([status(observed), header(observed, 'www-authenticate')]).toEqual([
        401,
        'Bearer realm="lakesail"',
      ]);
    }
    expect(json(await describeUser(send, String(created.id)))).toEqual(created);
  }));

test('a method a path does not have is 405 with Allow; an unknown path is 404', () =>
  withReference(async (send) => {
    const observed = await send({ method: 'DELETE', path: '/U7K2Q9XW3M', authorization: AUTH });
    expect([status(observed), header(observed, 'allow')]).toEqual([405, 'GET, PATCH']);
    expect(status(await send({ method: 'GET', path: '/U7K2Q9XW3M/roles', authorization: AUTH }))).toBe(404);
  }));

test('concurrent updates of different properties of one user all take effect', () =>
  withReference(async (send) => {
    const id = idOf(await createAda(send));
    const changes = [{ firstName: 'A' }, { lastName: 'B' }, { displayName: 'C' }, { username: 'D' }];
    const statuses = await Promise.all(changes.map(async (body) => status(await updateUser(send, id, body))));
    expect(statuses).toEqual([200, 200, 200, 200]);
    expect(json(await describeUser(send, id))).toMatchObject(Object.assign({}, ...changes));
  }));

test('the store is bounded: past its users or bytes, a create or a growing update gets 503 and changes nothing', async () => {
  await withReference(
    async (send) => {
      expect([status(await createAda(send)), status(await createAda(send))]).toEqual([201, 201]);
      const third = await createAda(send);
      expect(status(third)).toBe(503);
      expect(String(json(third).message)).toMatch(/^This server keeps at most 2 users/);
    },
    { ...OPTIONS, maxUsers: 2 },
  );
  await withReference(
    async (send) => {
      const created = json(await createAda(send));
      const id = String(created.id);
      expect(status(await createAda(send, { lastName: 'L'.repeat(2000) }))).toBe(503);
      expect(status(await updateUser(send, id, { lastName: 'L'.repeat(2000) }))).toBe(503);
      expect(json(await describeUser(send, id))).toEqual(created);
      expect(status(await updateUser(send, id, { lastName: 'L' }))).toBe(200);
    },
    { ...OPTIONS, maxStoredBytes: 1000 },
  );
});
