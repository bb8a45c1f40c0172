import { existsSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../../core/packageRoot';
import { BROKEN_SERVERS, brokenServer } from '../../servers/broken';
import { createReferenceApp } from '../../servers/createReferenceApp';
import { startServerProcess } from '../proof/support/startServerProcess';
import { withServedApp } from '../support/serveLocally';
import {
  ADA,
  AUTH,
  createAda,
  FORBIDDEN_TOKEN,
  json,
  OPTIONS,
  type Send,
  status,
  TOKEN,
} from './demonstration';
import { FIXTURE_DEFECTS } from './fixtureDefects';
import { FRAMEWORK_DEFECTS } from './frameworkDefects';
import { sendRequest } from './sendRequest';
import { STATEFUL_DEFECTS } from './statefulDefects';

process.env.CI = 'true';

/**
 * For each broken server, requests that show its defect: true on the broken server, false on the reference
 * (so none of these can pass by accident). The kit must find the same defect on its own (test/proof).
 */
const SHOWS_DEFECT: Record<string, (send: Send) => Promise<boolean>> = {
  'created-with-200': async (send) => status(await createAda(send)) === 200,
  'missing-display-name': async (send) => {
    const user = json(await createAda(send));
    return 'id' in user && !('displayName' in user);
  },
  'renamed-display-name': async (send) => {
    const user = json(await createAda(send));
    return user.display_name === 'Ada Lovelace' && !('displayName' in user);
  },
  'numeric-id': async (send) => typeof json(await createAda(send)).id === 'number',
  'lowercase-id': async (send) => /^[a-z0-9]{12}$/.test(String(json(await createAda(send)).id)),
  'too-long-id': async (send) => String(json(await createAda(send)).id).length === 25,
  'space-separated-timestamps': async (send) => {
    const user = json(await createAda(send));
    return /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/.test(String(user.createdAt));
  },
  'stale-timestamps': async (send) => {
    const user = json(await createAda(send));
    return Date.now() - Date.parse(String(user.createdAt)) > 23 * 60 * 60 * 1000;
  },
  'updated-before-created': async (send) => {
    const user = json(await createAda(send));
    return Date.parse(String(user.createdAt)) - Date.parse(String(user.updatedAt)) === 30_000;
  },
  'trimmed-echo': async (send) => json(await createAda(send, { firstName: '  Ada  ' })).firstName === 'Ada',
  'lowercased-email': async (send) =>
    json(await createAda(send, { email: 'Ada@Example.com' })).email === 'ada@example.com',
  'truncated-names': async (send) =>
    String(json(await createAda(send, { lastName: 'l'.repeat(1000) })).lastName).length === 255,
  'ignored-authentication': async (send) => status(await send({ body: ADA })) === 201,
  'forbidden-as-401': async (send) => {
    const observed = await send({ authorization: `Bearer ${FORBIDDEN_TOKEN}`, body: ADA });
    return status(observed) === 401;
  },
  'missing-token-as-403': async (send) => {
    const missing = await send({ body: ADA });
    const unknown = await send({ authorization: 'Bearer some-unknown-token', body: ADA });
    return status(missing) === 403 && status(unknown) === 401;
  },
  'no-www-authenticate': async (send) => {
    const observed = await send({ body: ADA });
    return observed.kind === 'response' && observed.status === 401 && !observed.headers['www-authenticate'];
  },
  'no-validation': async (send) =>
    status(await send({ authorization: AUTH, body: { username: 'ada' } })) === 201,
  'invalid-json-500': async (send) =>
    status(await send({ authorization: AUTH, body: '{"username":' })) === 500,
  'crash-on-long-string': async (send) => {
    const long = await createAda(send, { firstName: 'f'.repeat(1001) });
    const next = await createAda(send);
    return long.kind === 'connection-error' && next.kind === 'connection-error';
  },
  'reset-on-long-string': async (send) => {
    const long = await createAda(send, { firstName: 'f'.repeat(1001) });
    const short = await createAda(send, { firstName: 'f'.repeat(1000) });
    return long.kind === 'connection-error' && status(short) === 201;
  },
  'non-ascii-500': async (send) =>
    status(await createAda(send, { lastName: 'Núñez' })) === 500 && status(await createAda(send)) === 201,
  'constant-id': async (send) => {
    const first = json(await createAda(send));
    const second = json(await createAda(send));
    return first.id === second.id;
  },
  'leaked-token': async (send) => {
    const observed = await send({ authorization: AUTH, body: {} });
    return status(observed) === 400 && String(json(observed).message).includes(TOKEN);
  },
  'stack-trace-in-error': async (send) =>
    String(json(await send({ authorization: AUTH, body: {} })).message).includes(
      'at createUser (/srv/app/users.js:42:7)',
    ),
  'hang-on-empty-first-name': async (send) => {
    const empty = await send({ authorization: AUTH, body: { ...ADA, firstName: '' }, timeoutMs: 300 });
    return empty.kind === 'timeout' && status(await createAda(send)) === 201;
  },
  'hang-after-requests': async (send) => {
    const statuses: (number | string)[] = [];
    for (let i = 0; i < 31; i++)
      statuses.push(status(await send({ authorization: AUTH, body: ADA, timeoutMs: 300 })));
    return statuses.slice(0, 30).every((s) => s === 201) && statuses[30] === 'timeout';
  },
  'offset-without-colon': async (send) =>
    /T\d\d:\d\d:\d\d\+0100$/.test(String(json(await createAda(send)).createdAt)),
  'strips-nul': async (send) => json(await createAda(send, { firstName: 'A\u0000da' })).firstName === 'Ada',
  'mangles-astral': async (send) =>
    json(await createAda(send, { displayName: 'Ada 🚀' })).displayName === 'Ada \uFFFD',
  'unknown-token-accepted': async (send) =>
    status(await send({ authorization: 'Bearer some-unknown-token', body: ADA })) === 201 &&
    status(await send({ body: ADA })) === 401,
  'forbidden-ignored': async (send) =>
    status(await send({ authorization: `Bearer ${FORBIDDEN_TOKEN}`, body: ADA })) === 201,
  'basic-www-authenticate': async (send) => {
    const observed = await send({ body: ADA });
    return observed.kind === 'response' && observed.headers['www-authenticate'] === 'Basic realm="lakesail"';
  },
  'refuses-extra-properties': async (send) =>
    status(await createAda(send, { nickname: 'ada' })) === 400 && status(await createAda(send)) === 201,
  'refuses-empty-strings': async (send) =>
    status(await createAda(send, { lastName: '' })) === 400 && status(await createAda(send)) === 201,
  'refuses-long-strings': async (send) =>
    status(await createAda(send, { lastName: 'l'.repeat(256) })) === 400 &&
    status(await createAda(send, { lastName: 'l'.repeat(255) })) === 201,
  'occasional-duplicate-id': async (send) => {
    const ids: unknown[] = [];
    for (let i = 0; i < 7; i++) ids.push(json(await createAda(send)).id);
    return new Set(ids).size === 6 && ids[5] === ids[6];
  },
  'token-in-header': async (send) => {
    const observed = await createAda(send);
    const debug = observed.kind === 'response' ? String(observed.headers['x-debug-auth']) : '';
    return Buffer.from(debug, 'base64').toString().includes(TOKEN);
  },
  'internal-path-in-error': async (send) =>
    String(json(await send({ authorization: AUTH, body: {} })).message).includes('/var/lib/lakesail/'),
  'error-without-message': async (send) => {
    const error = json(await send({ body: ADA }));
    return typeof error.error === 'string' && !('message' in error);
  },
  'text-plain-errors': async (send) => {
    const observed = await send({ body: ADA });
    return (
      observed.kind === 'response' &&
      observed.text === 'Unauthorized' &&
      /^text\/plain/.test(String(observed.headers['content-type']))
    );
  },
  'html-content-type': async (send) => {
    const observed = await createAda(send);
    return observed.kind === 'response' && /^text\/html/.test(String(observed.headers['content-type']));
  },
  'validation-422': async (send) =>
    status(await send({ authorization: AUTH, body: {} })) === 422 &&
    status(await send({ authorization: AUTH, body: '{' })) === 400,
  'charset-415': async (send) =>
    status(await send({ authorization: AUTH, body: ADA, contentType: 'application/json; charset=utf-8' })) ===
      415 && status(await createAda(send)) === 201,
  ...FRAMEWORK_DEFECTS,
  ...STATEFUL_DEFECTS,
  ...FIXTURE_DEFECTS,
};

describe('the registry of broken servers', () => {
  test('names are unique kebab-case, each the name of its own file', () => {
    const names = BROKEN_SERVERS.map((server) => server.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) {
      expect(name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(existsSync(path.join(packageRoot(), 'servers/broken', `${name}.ts`))).toBe(true);
    }
  });

  test('every broken server names a defect and at least one check that catches it', () => {
    for (const server of BROKEN_SERVERS) {
      expect(server.defect.length).toBeGreaterThan(10);
      expect(server.caughtBy.length).toBeGreaterThan(0);
    }
  });

  test('every broken server has a demonstration below, and nothing else does', () => {
    expect(Object.keys(SHOWS_DEFECT).sort()).toEqual(BROKEN_SERVERS.map((server) => server.name).sort());
  });

  test('an unknown name is a one-line error that lists the known ones', () => {
    expect(() => brokenServer('no-such-server')).toThrow(
      /^unknown broken server "no-such-server"; one of: created-with-200, /,
    );
  });
});

describe.each(BROKEN_SERVERS.map((server) => [server.name, server] as const))('%s', (name, server) => {
  const showsDefect = SHOWS_DEFECT[name];

  test(`shows its defect: ${server.defect}`, async () => {
    if (!showsDefect) throw new Error(`no demonstration for ${name}`);
    if (server.runAs === 'child-process') {
      const running = await startServerProcess({
        variant: name,
        token: TOKEN,
        forbiddenToken: FORBIDDEN_TOKEN,
      });
      try {
        const usersUrl = `${running.baseUrl}/api/org/v1/users`;
        expect(await showsDefect((options) => sendRequest(usersUrl, options))).toBe(true);
      } finally {
        await running.stop();
      }
      return;
    }
    const shown = await withServedApp(await server.create(OPTIONS), (baseUrl) =>
      showsDefect((options) => sendRequest(`${baseUrl}/api/org/v1/users`, options)),
    );
    expect(shown).toBe(true);
  });

  test('the reference does not show it', async () => {
    if (!showsDefect) throw new Error(`no demonstration for ${name}`);
    const shown = await withServedApp(await createReferenceApp(OPTIONS), (baseUrl) =>
      showsDefect((options) => sendRequest(`${baseUrl}/api/org/v1/users`, options)),
    );
    expect(shown).toBe(false);
  });
});
