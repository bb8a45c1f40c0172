import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { createMockApp } from './createMockApp';
import { type MockOptions, resolveMockOptions } from './mockOptions';

export interface RunningMock {
  /** Base URL, e.g. `http://127.0.0.1:4010` (the real port when started with port 0). */
  url: string;
  /** Stops listening, closes every connection, idle or not, and waits for the state file's last write. */
  close(): Promise<void>;
}

/**
 * Starts the mock on a node:http server. Loading Prism and the spec takes about a second, so tests
 * start one mock per test file (`port: 0` picks a free port).
 */
export async function startMock(options: MockOptions = {}): Promise<RunningMock> {
  const settings = resolveMockOptions(options);
  const { listener, idle } = await createMockApp(settings);
  const shortest = Math.min(
    settings.headersTimeoutMs,
    settings.requestTimeoutMs > 0 ? settings.requestTimeoutMs : Number.POSITIVE_INFINITY,
  );
  const server = createServer(
    {
      headersTimeout: settings.headersTimeoutMs,
      requestTimeout: settings.requestTimeoutMs,
      keepAliveTimeout: settings.keepAliveTimeoutMs,
      // Node looks for overdue requests every 30 s by default, which would make short timeouts late.
      connectionsCheckingInterval: Math.max(50, Math.min(30_000, Math.floor(shortest / 4))),
    },
    listener,
  );
  server.on('checkContinue', (request: IncomingMessage, response: ServerResponse) => {
    // `Expect: 100-continue` (curl does it for large bodies): refuse an oversized body before it is sent.
    const declared = Number(request.headers['content-length']);
    if (!(declared > settings.maxBodyBytes)) response.writeContinue();
    listener(request, response);
  });
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) =>
    answerClientError(error, socket),
  );
  await listen(server, settings.port, settings.host);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : settings.port;
  const host = settings.host.includes(':') ? `[${settings.host}]` : settings.host;
  return {
    url: `http://${host}:${port}`,
    close: async () => {
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      await idle();
    },
  };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

// Requests node:http cannot parse, or that came too slowly, still get a JSON `Error` when possible.
function answerClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const [status, reason, message] =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? [
          408,
          'Request Timeout',
          'The request was not received in time (--headers-timeout, --request-timeout).',
        ]
      : error.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'Request Header Fields Too Large', 'The request headers are too large.']
        : [400, 'Bad Request', 'The request is not valid HTTP/1.1.'];
  const text = JSON.stringify({ message });
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(text)}\r\nConnection: close\r\n\r\n${text}`,
  );
}
