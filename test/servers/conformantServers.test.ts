import { CONFORMANT_SERVERS } from '../../servers/conformant';
import { createReferenceApp } from '../../servers/createReferenceApp';
import { withServedApp } from '../support/serveLocally';
import {
  ADA,
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

const FORBIDDEN = `Bearer ${FORBIDDEN_TOKEN}`;

/** True when describing the user a create answered with gives back the same body. */
async function describedAsCreated(send: Send, created: Awaited<ReturnType<Send>>): Promise<boolean> {
  const described = await describeUser(send, idOf(created));
  return status(described) === 200 && JSON.stringify(json(described)) === JSON.stringify(json(created));
}

/**
 * For each conformant variation, requests that show how it differs: true on it, false on the reference. The
 * kit passing it (test/proof) means something only if it really differs.
 */
const SHOWS_QUIRK: Record<string, (send: Send) => Promise<boolean>> = {
  'unique-usernames': async (send) =>
    status(await createAda(send)) === 201 &&
    status(await createAda(send, { email: 'ada2@example.com' })) === 409 &&
    status(await createAda(send, { username: 'ada2', email: 'ADA@example.com' })) === 409,
  'second-precision-timestamps': async (send) => {
    const created = await createAda(send);
    return /T\d\d:\d\d:\d\dZ$/.test(String(json(created).createdAt)) && describedAsCreated(send, created);
  },
  'offset-timestamps': async (send) => {
    const created = await createAda(send);
    return String(json(created).createdAt).endsWith('+01:00') && describedAsCreated(send, created);
  },
  'max-length-ids': async (send) => {
    const created = await createAda(send);
    return idOf(created).length === 20 && describedAsCreated(send, created);
  },
  'validates-before-authorizing': async (send) => {
    const id = idOf(await createAda(send));
    return (
      status(await send({ authorization: FORBIDDEN, body: {} })) === 400 &&
      status(await send({ authorization: FORBIDDEN, body: ADA })) === 403 &&
      status(await updateUser(send, id, { displayName: null }, FORBIDDEN)) === 400 &&
      status(await updateUser(send, id, { displayName: 'Viewer' }, FORBIDDEN)) === 403 &&
      json(await describeUser(send, id)).displayName === 'Ada Lovelace'
    );
  },
  'bare-bearer-challenge': async (send) => {
    const observed = await send({ body: ADA });
    return (
      header(observed, 'www-authenticate') === 'Bearer' &&
      header(observed, 'content-type') === 'application/json'
    );
  },
  'rate-limited': async (send) => {
    const statuses: (number | string)[] = [];
    for (let i = 0; i < 60; i++) statuses.push(status(await createAda(send)));
    return statuses.lastIndexOf(429) === 59 && statuses.indexOf(429) === 59;
  },
  'richer-bodies': async (send) => {
    const created = await createAda(send);
    const updated = await updateUser(send, idOf(created), { displayName: 'Countess' });
    return (
      typeof json(created).links === 'object' &&
      header(created, 'x-request-id') === 'req-0001' &&
      typeof json(updated).links === 'object' &&
      typeof json(await describeUser(send, idOf(created))).links === 'object'
    );
  },
  'taken-username-409': async (send) => {
    const other = idOf(await createAda(send, { username: 'grace', email: 'grace@example.com' }));
    return (
      status(await createAda(send)) === 201 &&
      status(await createAda(send, { email: 'ada2@example.com' })) === 409 &&
      status(await createAda(send, { username: 'ADA', email: 'ada3@example.com' })) === 201 &&
      status(await updateUser(send, other, { username: 'ada' })) === 409 &&
      status(await updateUser(send, other, { username: 'grace.hopper' })) === 200 &&
      status(await createAda(send, { username: 'grace', email: 'grace2@example.com' })) === 201
    );
  },
  'taken-email-409-any-case': async (send) => {
    const other = idOf(await createAda(send, { username: 'grace', email: 'grace@example.com' }));
    return (
      status(await createAda(send)) === 201 &&
      status(await createAda(send, { username: 'ada2', email: 'ADA@Example.com' })) === 409 &&
      status(await updateUser(send, other, { email: 'Ada@example.COM' })) === 409 &&
      status(await createAda(send, { username: 'ada', email: 'ada2@example.com' })) === 201
    );
  },
  'malformed-id-404': async (send) =>
    status(await describeUser(send, 'u7k2q9xw3m')) === 404 &&
    status(await updateUser(send, 'U7K2-Q9XW', {})) === 404,
  'no-op-keeps-updated-at': async (send) => {
    const created = json(await createAda(send));
    const id = String(created.id);
    const nothing = json(await updateUser(send, id, {}));
    const same = json(await updateUser(send, id, { displayName: 'Ada Lovelace' }));
    const changed = json(await updateUser(send, id, { displayName: 'Countess' }));
    return (
      nothing.updatedAt === created.updatedAt &&
      same.updatedAt === created.updatedAt &&
      Date.parse(String(changed.updatedAt)) > Date.parse(String(created.updatedAt))
    );
  },
  'counter-ids': async (send) => {
    const first = await createAda(send);
    const second = await createAda(send);
    return idOf(first) === '1' && idOf(second) === '2' && describedAsCreated(send, second);
  },
  'describe-forbidden-403': async (send) => {
    const id = idOf(await createAda(send));
    return status(await describeUser(send, id, FORBIDDEN)) === 403;
  },
  'validates-before-authenticating': async (send) => {
    const id = idOf(await createAda(send));
    return (
      status(await updateUser(send, id, { displayName: null }, '')) === 400 &&
      status(await updateUser(send, 'not-an-id', {}, '')) === 400 &&
      status(await updateUser(send, id, { displayName: 'Nobody' }, '')) === 401 &&
      status(await send({ body: {} })) === 401
    );
  },
};

test('every conformant server has a demonstration below, and nothing else does', () => {
  expect(Object.keys(SHOWS_QUIRK).sort()).toEqual(CONFORMANT_SERVERS.map((server) => server.name).sort());
});

describe.each(CONFORMANT_SERVERS.map((server) => [server.name, server] as const))('%s', (name, server) => {
  const showsQuirk = SHOWS_QUIRK[name];

  test(`differs from the reference: ${server.quirk}`, async () => {
    if (!showsQuirk) throw new Error(`no demonstration for ${name}`);
    const shown = await withServedApp(await server.create(OPTIONS), (baseUrl) =>
      showsQuirk((options) => sendRequest(`${baseUrl}/api/org/v1/users`, options)),
    );
    expect(shown).toBe(true);
  });

  test('the reference does not', async () => {
    if (!showsQuirk) throw new Error(`no demonstration for ${name}`);
    const shown = await withServedApp(await createReferenceApp(OPTIONS), (baseUrl) =>
      showsQuirk((options) => sendRequest(`${baseUrl}/api/org/v1/users`, options)),
    );
    expect(shown).toBe(false);
  });
});
