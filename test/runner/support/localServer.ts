import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { PassThrough } from 'node:stream';

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
