import { request as httpRequest } from 'node:http';

export interface SendOptions {
  /** The whole Authorization header; none when undefined. */
  authorization?: string;
  /** The Content-Type header; `application/json` by default, none when null. */
  contentType?: string | null;
  /** A value sent as JSON, or the exact body text when it is a string. */
  body?: unknown;
  /** Give up (and destroy the socket) after this long. */
  timeoutMs?: number;
}

/** How a request ended, as the tests of the servers see it. */
export type Observed =
  | { kind: 'response'; status: number; headers: Record<string, string | string[] | undefined>; text: string }
  | { kind: 'timeout' }
  | { kind: 'connection-error'; code: string };

/** One POST to `url` over a fresh connection, which always ends: a response, a timeout or a connection error. */
export function sendRequest(url: string, options: SendOptions = {}): Promise<Observed> {
  const bodyText = typeof options.body === 'string' ? options.body : JSON.stringify(options.body ?? {});
  const headers: Record<string, string> = {};
  if (options.authorization !== undefined) headers.authorization = options.authorization;
  if (options.contentType !== null) headers['content-type'] = options.contentType ?? 'application/json';
  return new Promise((resolve) => {
    const request = httpRequest(url, { method: 'POST', headers, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        clearTimeout(timer);
        resolve({
          kind: 'response',
          status: response.statusCode ?? 0,
          headers: response.headers,
          text: Buffer.concat(chunks).toString('utf8'),
        });
      });
    });
    const timer = setTimeout(() => {
      resolve({ kind: 'timeout' });
      request.destroy();
    }, options.timeoutMs ?? 2000);
    request.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      resolve({ kind: 'connection-error', code: error.code ?? error.message });
    });
    request.end(bodyText);
  });
}
