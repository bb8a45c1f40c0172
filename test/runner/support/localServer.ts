import { createServer, type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PassThrough } from 'node:stream';

export interface LocalServer {
  /** `http://127.0.0.1:PORT`. */
  baseUrl: string;
  close(): Promise<void>;
}

/** Serves `app` on a free port of 127.0.0.1; `close` also ends connections a hanging app left open. */
export function serveLocally(app: RequestListener): Promise<LocalServer> {
  const server = createServer(app);
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        baseUrl: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

/** The request body as bytes. */
export function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

/**
 * A listener that reads the whole body, then lets `decide` answer (return true) or hands the request, body
 * replayed, to `app`: small broken variations of the reference server.
 */
export function intercept(
  app: RequestListener,
  decide: (request: IncomingMessage, body: Buffer, response: ServerResponse) => boolean,
): RequestListener {
  return (request, response) => {
    readBody(request).then((body) => {
      if (decide(request, body, response)) return;
      // The reference app reads the body itself: give it a stream of the same bytes.
      const replayed = Object.assign(new PassThrough(), {
        headers: request.headers,
        method: request.method,
        url: request.url,
      });
      replayed.end(body);
      app(replayed as unknown as IncomingMessage, response);
    });
  };
}

export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(text);
}
