import { CONFORMANT_SERVERS } from '../../servers/conformant';
import { createReferenceApp } from '../../servers/createReferenceApp';
import { withServedApp } from '../support/serveLocally';
import { ADA, createAda, FORBIDDEN_TOKEN, header, json, OPTIONS, type Send, status } from './demonstration';
import { sendRequest } from './sendRequest';

/**
 * For each conformant variation, requests that show how it differs: true on it, false on the reference. The
 * kit passing it (test/proof) means something only if it really differs.
 */
const SHOWS_QUIRK: Record<string, (send: Send) => Promise<boolean>> = {
  'unique-usernames': async (send) =>
    status(await createAda(send)) === 201 && status(await createAda(send)) === 409,
  'second-precision-timestamps': async (send) =>
    /T\d\d:\d\d:\d\dZ$/.test(String(json(await createAda(send)).createdAt)),
  'offset-timestamps': async (send) => String(json(await createAda(send)).createdAt).endsWith('+01:00'),
  'max-length-ids': async (send) => String(json(await createAda(send)).id).length === 20,
  'validates-before-authorizing': async (send) => {
    const forbidden = `Bearer ${FORBIDDEN_TOKEN}`;
    return (
      status(await send({ authorization: forbidden, body: {} })) === 400 &&
      status(await send({ authorization: forbidden, body: ADA })) === 403
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
    return typeof json(created).links === 'object' && header(created, 'x-request-id') === 'req-0001';
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
