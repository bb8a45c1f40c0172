import { createServer, type Server, type Socket } from 'node:net';
import { loadFixtures } from '../../core/fixtures/loadFixtures';
import { type RunningMock, startMock } from '../../mock/startMock';
import { send } from './support/send';
import { stallThenServe } from './support/stallThenServe';

// Slow clients never stop others from being served, and the configured timeouts close them.
const TOKEN = 'admin-token-1234';
const bodyText = loadFixtures().find((fixture) => fixture.id === 'valid-plain-ascii')?.bodyText as string;
const fullRequest = {
  method: 'POST',
  path: '/api/org/v1/users',
  headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
  body: bodyText,
};

let mock: RunningMock;

beforeAll(async () => {
  mock = await startMock({ port: 0, tokens: [TOKEN], headersTimeoutMs: 400, requestTimeoutMs: 800 });
});
afterAll(() => mock.close());

test('half the headers: others are served, then the slow client gets 408 (--headers-timeout)', async () => {
  const events = await stallThenServe(
    mock.url,
    'POST /api/org/v1/users HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthoriz',
    fullRequest,
  );
  expect(events).toEqual([
    'served 201',
    'stalled closed: HTTP/1.1 408 Request Timeout {"message":"The request was not received in time (--headers-timeout, --request-timeout)."}',
  ]);
});

test('headers but half the body: others are served, then the slow client gets 408 (--request-timeout)', async () => {
  const partial =
    'POST /api/org/v1/users HTTP/1.1\r\nHost: 127.0.0.1\r\n' +
    `Authorization: Bearer ${TOKEN}\r\nContent-Type: application/json\r\n` +
    `Content-Length: ${Buffer.byteLength(bodyText)}\r\n\r\n${bodyText.slice(0, 10)}`;
  const events = await stallThenServe(mock.url, partial, fullRequest);
  expect(events).toEqual([
    'served 201',
    'stalled closed: HTTP/1.1 408 Request Timeout {"message":"The request was not received in time (--headers-timeout, --request-timeout)."}',
  ]);
});

test('a request node:http cannot parse gets 400 with a JSON Error, and the mock goes on', async () => {
  const events = await stallThenServe(mock.url, 'NOT HTTP AT ALL\r\n\r\n', fullRequest);
  expect(events.sort()).toEqual([
    'served 201',
    'stalled closed: HTTP/1.1 400 Bad Request {"message":"The request is not valid HTTP/1.1."}',
  ]);
  expect((await send(mock.url, fullRequest)).status).toBe(201);
});

// The check above can fail: a server that serves one connection at a time is caught.
test('stallThenServe catches a server blocked by a slow client', async () => {
  const { server, url } = await sequentialServer();
  try {
    const events = await stallThenServe(url, 'POST / HTTP/1.1\r\nHost: x\r\n', fullRequest);
    expect(events).toEqual(['stalled closed: (no answer)', 'served 201']);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});

/** Serves one connection at a time; a connection that does not finish its headers in 200 ms is dropped. */
function sequentialServer(): Promise<{ server: Server; url: string }> {
  const queue: Socket[] = [];
  let busy = false;
  const next = () => {
    const socket = busy ? undefined : queue.shift();
    if (!socket) return;
    busy = true;
    let text = '';
    const done = () => {
      clearTimeout(timer);
      busy = false;
      next();
    };
    const timer = setTimeout(() => {
      socket.destroy();
      done();
    }, 200);
    socket.on('data', (chunk: Buffer) => {
      text += chunk.toString('utf8');
      if (text.includes('\r\n\r\n')) {
        socket.end('HTTP/1.1 201 Created\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}');
        done();
      }
    });
    socket.on('error', () => {});
    socket.resume();
  };
  const server = createServer({ pauseOnConnect: true }, (socket) => {
    queue.push(socket);
    next();
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, url: `http://127.0.0.1:${port}` });
    });
  });
}
