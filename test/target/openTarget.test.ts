import { createServer, type IncomingHttpHeaders, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Credentials } from '../../conformance/model/credentials';
import type { TestCase } from '../../conformance/model/testCase';
import { createSecrets } from '../../conformance/secrets/createSecrets';
import { openTarget } from '../../conformance/target/openTarget';
import { UNKNOWN_TOKEN } from '../../conformance/target/presentedCredentials';
import type { Target } from '../../conformance/target/target';
import { readBody } from '../runner/support/localServer';
import { serveLocally } from '../support/serveLocally';

const TOKENS = { token: 'target-token-0123456789', forbiddenToken: 'target-forbidden-0123456789' };
const OPTIONS = {
  operations: [{ operationId: 'CreateUser', method: 'POST', path: '/api/org/v1/users' }],
  secrets: createSecrets(TOKENS.token, TOKENS.forbiddenToken),
  maxResponseBytes: 1024 * 1024,
};

function testCase(
  credentials: Credentials,
  bodyText = '{"a":"é"}',
  contentType: string | null = 'application/json',
): TestCase {
  return {
    operationId: 'CreateUser',
    action: 'create' as const,
    pathParameters: {},
    credentials,
    body: { mode: 'valid', origin: { kind: 'generated' }, value: {} },
    bodyText,
    contentType: contentType ?? undefined,
    expectedStatuses: [201],
    label: 'test',
  };
}

interface Seen {
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}
/** What `echo` received last: the tokens as sent (the recorded response has them redacted). */
let seen: Seen | undefined;

/** Answers every request with what it received. */
const echo: RequestListener = (request, response) => {
  readBody(request).then((body) => {
    seen = { url: request.url ?? '', headers: request.headers, body: body.toString('utf8') };
    response.writeHead(201, { 'content-type': 'application/json', 'set-cookie': ['a=1', 'b=2'] });
    response.end(JSON.stringify(seen));
  });
};

async function received(
  target: Target,
  credentials: Credentials,
  contentType: string | null = 'application/json',
) {
  const open = await openTarget(target, OPTIONS);
  try {
    const exchange = await open.exchange(testCase(credentials, '{"a":"é"}', contentType), 2000);
    if (exchange.outcome.kind !== 'response' || seen === undefined) throw new Error(exchange.outcome.kind);
    return { exchange, echoed: seen };
  } finally {
    await open.close();
  }
}

describe('openTarget', () => {
  test("a case names its operation; its path parameters are put in percent-encoded, never changing the path's shape", async () => {
    const server = await serveLocally(echo);
    const open = await openTarget(
      { baseUrl: server.baseUrl },
      {
        ...OPTIONS,
        operations: [
          ...OPTIONS.operations,
          { operationId: 'DescribeUser', method: 'GET', path: '/api/org/v1/users/{user}' },
        ],
      },
    );
    try {
      const describe = {
        ...testCase({ mode: 'valid' }),
        operationId: 'DescribeUser',
        pathParameters: { user: '../A/B?c' },
      };
      const exchange = await open.exchange(describe, 2000);
      expect(seen?.url).toBe('/api/org/v1/users/..%2FA%2FB%3Fc');
      expect(exchange.request).toMatchObject({
        method: 'GET',
        url: `${server.baseUrl}/api/org/v1/users/..%2FA%2FB%3Fc`,
      });
    } finally {
      await open.close();
      await server.close();
    }
  });

  test('a base URL: the token value is sent, its variable recorded; the body bytes as given', async () => {
    const server = await serveLocally(echo);
    try {
      const { exchange, echoed } = await received(
        { baseUrl: `${server.baseUrl}/` },
        { mode: 'valid' },
        'application/json',
      );
      expect(echoed.headers.authorization).toBe(`Bearer ${TOKENS.token}`);
      expect(echoed.headers['content-length']).toBe('10');
      expect(echoed.body).toBe('{"a":"é"}');
      expect(echoed.url).toBe('/api/org/v1/users');
      expect(exchange.request).toEqual({
        method: 'POST',
        url: `${server.baseUrl}/api/org/v1/users`,
        headers: { authorization: 'Bearer $CONTRACT_TOKEN', 'content-type': 'application/json' },
        bodyText: '{"a":"é"}',
      });
      expect(exchange.outcome.kind === 'response' && exchange.outcome.response.headers).toMatchObject({
        'content-type': 'application/json',
        'set-cookie': ['a=1', 'b=2'],
      });
      expect(exchange.receivedAt).toBeGreaterThanOrEqual(exchange.sentAt);
    } finally {
      await server.close();
    }
  });

  test('the recorded response has the tokens it echoed replaced, and the exchange says where they were', async () => {
    const { exchange } = await received({ app: echo }, { mode: 'forbidden' });
    const response = exchange.outcome.kind === 'response' ? exchange.outcome.response : undefined;
    expect(JSON.parse(response?.bodyText ?? '').headers.authorization).toBe(
      'Bearer $CONTRACT_FORBIDDEN_TOKEN',
    );
    expect(response?.bodyText).not.toContain(TOKENS.forbiddenToken);
    expect(exchange.leaks).toEqual([{ where: 'body', variable: 'CONTRACT_FORBIDDEN_TOKEN', form: 'as is' }]);
  });

  test('a base URL with a path prefix keeps it', async () => {
    const server = await serveLocally(echo);
    try {
      const { echoed } = await received({ baseUrl: `${server.baseUrl}/prefix` }, { mode: 'valid' });
      expect(echoed.url).toBe('/prefix/api/org/v1/users');
    } finally {
      await server.close();
    }
  });

  test.each([
    [{ mode: 'forbidden' }, `Bearer ${TOKENS.forbiddenToken}`, 'Bearer $CONTRACT_FORBIDDEN_TOKEN'],
    [{ mode: 'unauthenticated', variant: 'no-authorization' }, undefined, undefined],
    [
      { mode: 'unauthenticated', variant: 'other-scheme' },
      'Basic Y29udHJhY3Q6a2l0',
      'Basic Y29udHJhY3Q6a2l0',
    ],
    [{ mode: 'unauthenticated', variant: 'empty-bearer' }, 'Bearer', 'Bearer '],
    [
      { mode: 'unauthenticated', variant: 'unknown-token' },
      `Bearer ${UNKNOWN_TOKEN}`,
      `Bearer ${UNKNOWN_TOKEN}`,
    ],
    [
      { mode: 'unauthenticated', variant: 'junk-after-token' },
      `Bearer ${TOKENS.token} junk`,
      'Bearer $CONTRACT_TOKEN junk',
    ],
    [{ mode: 'unauthenticated', variant: 'token-in-query' }, undefined, undefined],
    [{ mode: 'unauthenticated', variant: 'token-in-body' }, undefined, undefined],
    [{ mode: 'valid', variant: 'lower-case-scheme' }, `bearer ${TOKENS.token}`, 'bearer $CONTRACT_TOKEN'],
    [{ mode: 'valid', variant: 'upper-case-scheme' }, `BEARER ${TOKENS.token}`, 'BEARER $CONTRACT_TOKEN'],
  ] as [Credentials, string | undefined, string | undefined][])(
    'credentials %j: sent %j, recorded %j',
    async (credentials, sent, recorded) => {
      const { exchange, echoed } = await received({ app: echo }, credentials);
      expect(echoed.headers.authorization).toBe(sent);
      expect(exchange.request.headers.authorization).toBe(recorded);
    },
  );

  test('a token moved out of the header goes into the URL or the body at send time, recorded as its variable, found when echoed', async () => {
    const inQuery = await received({ app: echo }, { mode: 'unauthenticated', variant: 'token-in-query' });
    expect(inQuery.echoed.url).toBe(`/api/org/v1/users?access_token=${TOKENS.token}`);
    expect(inQuery.exchange.request.url).toBe('/api/org/v1/users?access_token=$CONTRACT_TOKEN');
    expect(inQuery.exchange.leaks).toEqual([{ where: 'body', variable: 'CONTRACT_TOKEN', form: 'as is' }]);

    const open = await openTarget({ app: echo }, OPTIONS);
    try {
      const inBody = {
        ...testCase({ mode: 'unauthenticated', variant: 'token-in-body' }, '{"a":"é"}'),
        body: { mode: 'valid' as const, origin: { kind: 'generated' as const }, value: { a: 'é' } },
      };
      const exchange = await open.exchange(inBody, 2000);
      expect(seen?.body).toBe(`{"a":"é","access_token":"${TOKENS.token}"}`);
      expect(exchange.request.bodyText).toBe('{"a":"é","access_token":"$CONTRACT_TOKEN"}');
      expect(exchange.request.headers).toEqual({ 'content-type': 'application/json' });
      expect(exchange.leaks).toEqual([{ where: 'body', variable: 'CONTRACT_TOKEN', form: 'as is' }]);
      const response = exchange.outcome.kind === 'response' ? exchange.outcome.response : undefined;
      expect(response?.bodyText).not.toContain(TOKENS.token);
    } finally {
      await open.close();
    }
  });

  test('no Content-Type is sent when the case has none', async () => {
    const { exchange, echoed } = await received({ app: echo }, { mode: 'valid' }, null);
    expect(echoed.headers['content-type']).toBeUndefined();
    expect(exchange.request.headers).toEqual({ authorization: 'Bearer $CONTRACT_TOKEN' });
  });

  test('an in-process app: a listener or a server, recorded URLs are paths', async () => {
    const fromListener = await received({ app: echo }, { mode: 'valid' });
    expect(fromListener.exchange.request.url).toBe('/api/org/v1/users');

    const server = createServer(echo);
    const fromServer = await received({ app: server }, { mode: 'valid' });
    expect(fromServer.echoed.body).toBe('{"a":"é"}');
    // A server the kit started is the kit's to stop.
    expect(server.listening).toBe(false);

    const listening = createServer(echo);
    await new Promise<void>((resolve) => listening.listen(0, '127.0.0.1', resolve));
    try {
      await received({ app: listening }, { mode: 'valid' });
      // A server the caller started stays theirs.
      expect(listening.listening).toBe(true);
      expect((listening.address() as AddressInfo).port).toBeGreaterThan(0);
    } finally {
      await new Promise((resolve) => listening.close(resolve));
    }
  });

  test('response headers are recorded by lower-case name in the order sent: repeats joined, set-cookie a list', async () => {
    const headerLines: RequestListener = (_request, response) => {
      response.writeHead(200, [
        ['X-Twice', 'a'],
        ['Set-Cookie', 'c=1'],
        ['constructor', 'kept'],
        ['x-TWICE', 'b'],
        ['set-cookie', 'd=2'],
      ]);
      response.end();
    };
    const open = await openTarget({ app: headerLines }, OPTIONS);
    try {
      const exchange = await open.exchange(testCase({ mode: 'valid' }), 2000);
      const headers = exchange.outcome.kind === 'response' ? exchange.outcome.response.headers : {};
      const nodeAdded = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length']);
      expect(Object.entries(headers).filter(([name]) => !nodeAdded.has(name))).toEqual([
        ['x-twice', 'a, b'],
        ['set-cookie', ['c=1', 'd=2']],
        ['constructor', 'kept'],
      ]);
    } finally {
      await open.close();
    }
  });

  test('a timeout destroys the socket: the server sees the connection close', async () => {
    let closed: () => void = () => {};
    const socketClosed = new Promise<void>((resolve) => {
      closed = resolve;
    });
    const hanging: RequestListener = (request) => request.socket.on('close', closed);
    const open = await openTarget({ app: hanging }, OPTIONS);
    try {
      const exchange = await open.exchange(testCase({ mode: 'valid' }), 100);
      expect(exchange.outcome).toEqual({ kind: 'timeout', timeoutMs: 100, connected: true });
      await socketClosed;
    } finally {
      await open.close();
    }
  });

  test('a response cut mid-body is a connection error', async () => {
    const cut: RequestListener = (_request, response) => {
      response.writeHead(201, { 'content-length': '100' });
      response.write('{"partial":');
      setTimeout(() => response.socket?.destroy(), 20);
    };
    const open = await openTarget({ app: cut }, OPTIONS);
    try {
      const exchange = await open.exchange(testCase({ mode: 'valid' }), 2000);
      expect(exchange.outcome).toMatchObject({ kind: 'connection-error', code: 'ECONNRESET' });
    } finally {
      await open.close();
    }
  });

  test('a forbidden case without a forbidden token is a bug, never a request', async () => {
    const open = await openTarget(
      { app: echo },
      { ...OPTIONS, secrets: createSecrets(TOKENS.token, undefined) },
    );
    try {
      await expect(open.exchange(testCase({ mode: 'forbidden' }), 1000)).rejects.toThrow(
        'a forbidden-token case was sent without its token',
      );
    } finally {
      await open.close();
    }
  });
});
