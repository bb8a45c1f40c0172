import { createServer, type RequestListener, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Server as NetServer, Socket } from 'node:net';
import type { TestCase } from '../../conformance/model/testCase';
import { createSecrets } from '../../conformance/secrets/createSecrets';
import { openTarget, parseBaseUrl } from '../../conformance/target/openTarget';
import { HOSTILE_SERVERS } from '../../servers/hostile';
import { serveLocally } from '../support/serveLocally';

const TOKENS = { token: 'target-token-0123456789' };
const LIMIT = 64 * 1024;
const OPTIONS = {
  operations: [{ operationId: 'CreateUser', method: 'POST', path: '/api/org/v1/users' }],
  secrets: createSecrets(TOKENS.token, undefined),
  maxResponseBytes: LIMIT,
};

const ADA = {
  username: 'ada',
  email: 'ada@example.com',
  firstName: 'Ada',
  lastName: 'Lovelace',
  displayName: 'Ada Lovelace',
};
const testCase: TestCase = {
  operationId: 'CreateUser',
  action: 'create' as const,
  pathParameters: {},
  credentials: { mode: 'valid' },
  body: { mode: 'valid', origin: { kind: 'generated' }, value: ADA },
  bodyText: JSON.stringify(ADA),
  contentType: 'application/json',
  expectedStatuses: [201],
  label: 'test',
};

/** Sends `count` requests one after the other (one keep-alive socket) and returns how each ended. */
async function exchanges(baseUrl: string, count = 1) {
  const open = await openTarget({ baseUrl }, OPTIONS);
  try {
    const outcomes = [];
    for (let i = 0; i < count; i++) outcomes.push((await open.exchange(testCase, 2000)).outcome);
    return outcomes;
  } finally {
    await open.close();
  }
}

async function listening(server: Server | NetServer): Promise<{ baseUrl: string; close(): Promise<void> }> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        if ('closeAllConnections' in server) server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function hostile(name: string) {
  const server = HOSTILE_SERVERS.find((candidate) => candidate.name === name);
  if (!server) throw new Error(`no hostile server ${name}`);
  return listening(await server.create({ tokens: [TOKENS.token] }));
}

const sized =
  (bytes: number): RequestListener =>
  (request, response) => {
    request.resume();
    request.on('end', () => {
      response.writeHead(201, { 'content-type': 'application/json' });
      response.end(`"${'x'.repeat(bytes - 2)}"`);
    });
  };

describe('a response body is read up to the size limit', () => {
  test('a body of exactly the limit is whole', async () => {
    const server = await serveLocally(sized(LIMIT));
    try {
      const [outcome] = await exchanges(server.baseUrl);
      expect(outcome?.kind === 'response' && outcome.response.bodyText.length).toBe(LIMIT);
      expect(outcome?.kind === 'response' && outcome.response.bodyCutAtBytes).toBeUndefined();
    } finally {
      await server.close();
    }
  });

  test('one byte more is cut at the limit and the connection closed there', async () => {
    let closed = false;
    const server = await serveLocally((request, response) => {
      response.on('close', () => {
        closed = true;
      });
      sized(LIMIT + 1)(request, response);
    });
    try {
      const [outcome] = await exchanges(server.baseUrl);
      expect(outcome).toMatchObject({ kind: 'response', response: { status: 201, bodyCutAtBytes: LIMIT } });
      expect(outcome?.kind === 'response' && outcome.response.bodyText.length).toBe(LIMIT);
      expect(closed).toBe(true);
    } finally {
      await server.close();
    }
  });

  test('an endless body ends at the limit, a 200 MB one too: nothing past it is read', async () => {
    for (const name of ['endless-body', 'huge-created-body']) {
      const server = await hostile(name);
      try {
        const [outcome] = await exchanges(server.baseUrl);
        expect(outcome).toMatchObject({ kind: 'response', response: { bodyCutAtBytes: LIMIT } });
      } finally {
        await server.close();
      }
    }
  });
});

test('a body that is not UTF-8 is marked so; its text shows U+FFFD', async () => {
  const server = await hostile('invalid-utf8');
  try {
    const [outcome] = await exchanges(server.baseUrl);
    expect(outcome).toMatchObject({ kind: 'response', response: { invalidUtf8: true } });
    expect(outcome?.kind === 'response' && outcome.response.bodyText).toContain('\uFFFD');
  } finally {
    await server.close();
  }
});

describe('connections', () => {
  test('a refused connection was never connected', async () => {
    const down = await serveLocally(() => {});
    await down.close();
    const [outcome] = await exchanges(down.baseUrl);
    expect(outcome).toMatchObject({ kind: 'connection-error', code: 'ECONNREFUSED', connected: false });
  });

  test('a timeout seen late by a busy kit still knows the connection was made', async () => {
    const server = await serveLocally(() => {});
    const open = await openTarget({ baseUrl: server.baseUrl }, OPTIONS);
    try {
      const exchange = open.exchange(testCase, 50);
      // The connection is on its way; then the kit is busy past the timeout, so the timer and the connection
      // come due together.
      await new Promise((resolve) => setImmediate(resolve));
      const until = Date.now() + 200;
      while (Date.now() < until);
      expect((await exchange).outcome).toEqual({ kind: 'timeout', timeoutMs: 50, connected: true });
    } finally {
      await open.close();
      await server.close();
    }
  });

  test('a reset right after connecting is a connection error of a reachable server, not retried', async () => {
    const reset = HOSTILE_SERVERS.find((candidate) => candidate.name === 'reset-on-connect');
    const tcp = (await reset?.create({ tokens: [] })) as NetServer;
    let connections = 0;
    tcp.on('connection', () => connections++);
    const server = await listening(tcp);
    try {
      const [outcome] = await exchanges(server.baseUrl);
      expect(outcome).toMatchObject({ kind: 'connection-error', code: 'ECONNRESET', connected: true });
    } finally {
      await server.close();
    }
    expect(connections).toBe(1);
  });

  test.each([
    ['huge-headers', 'HPE_HEADER_OVERFLOW', /^the response header block is larger than 16384 bytes/],
    ['not-http', 'HPE_INVALID_CONSTANT', /^the answer is not HTTP \(/],
  ])('%s: the answer is a connection error that says what was wrong with it', async (name, code, message) => {
    const server = await hostile(name);
    try {
      const [outcome] = await exchanges(server.baseUrl);
      expect(outcome).toMatchObject({ kind: 'connection-error', code, connected: true });
      expect(outcome?.kind === 'connection-error' && outcome.message).toMatch(message);
    } finally {
      await server.close();
    }
  });
});

describe('a reused keep-alive connection', () => {
  /** Answers the first request of each connection; `second` decides what the next one on it gets. */
  function server(second: (socket: Socket, response: ServerResponse) => void) {
    const seen = { connections: 0, requests: 0 };
    const http = createServer((request, response) => {
      seen.requests++;
      const socket = request.socket as Socket & { answered?: boolean };
      request.resume();
      request.on('end', () => {
        if (socket.answered) return second(socket, response);
        socket.answered = true;
        response.writeHead(201, { 'content-type': 'application/json' });
        response.end('{}');
      });
    });
    http.on('connection', () => seen.connections++);
    return { http, seen };
  }

  test('closed by the server before any response byte: sent once more, on a new connection', async () => {
    const { http, seen } = server((socket) => socket.resetAndDestroy());
    const running = await listening(http);
    try {
      const outcomes = await exchanges(running.baseUrl, 2);
      expect(outcomes.map((outcome) => outcome.kind)).toEqual(['response', 'response']);
      expect(seen).toEqual({ connections: 2, requests: 3 });
    } finally {
      await running.close();
    }
  });

  test('reset after response bytes: a connection error, not sent again', async () => {
    const { http, seen } = server((socket, response) => {
      response.writeHead(201, { 'content-type': 'application/json', 'content-length': '100' });
      response.write('{"partial":', () => socket.resetAndDestroy());
    });
    const running = await listening(http);
    try {
      const outcomes = await exchanges(running.baseUrl, 2);
      expect(outcomes[1]).toMatchObject({ kind: 'connection-error', code: 'ECONNRESET' });
      expect(seen).toEqual({ connections: 1, requests: 2 });
    } finally {
      await running.close();
    }
  });
});

describe('credentials in a target URL', () => {
  test.each([
    'http://user:s3cret-pass@127.0.0.1:8080',
    'http://s3cret-pass@127.0.0.1:8080/prefix',
    'ftp://user:s3cret-pass@127.0.0.1',
    'http://user:s3cret/pass@',
  ])('%s is a usage error that does not print them', (url) => {
    let message = '';
    try {
      parseBaseUrl(url);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^--target must /);
    expect(message).not.toContain('s3cret');
    expect(message).toContain('***@');
  });
});
