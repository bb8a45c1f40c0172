import { request as httpRequest } from 'node:http';

export interface SendOptions {
  /** `POST` by default. */
  method?: string;
  /** Appended to the URL given to sendRequest (`/U7K2Q9XW3M`). */
  path?: string;
  /** The whole Authorization header; none when undefined. */
  authorization?: string;
  /** The Content-Type header; `application/json` by default, none when null. */
  contentType?: string | null;
  /** A value sent as JSON, or the exact body text when it is a string; a POST without one sends `{}`, others none. */
  body?: unknown;
  /** Give up (and destroy the socket) after this long. */
  timeoutMs?: number;
}

/** How a request ended, as the tests of the servers see it. */
export type Observed =
  | { kind: 'response'; status: number; headers: Record<string, string | string[] | undefined>; text: string }
  | { kind: 'timeout' }
  | { kind: 'connection-error'; code: string };

/** One request to `url` over a fresh connection, which always ends: a response, a timeout or a connection error. */
export function sendRequest(url: string, options: SendOptions = {}): Promise<Observed> {
  const method = options.method ?? 'POST';
  const body = options.body ?? (method === 'POST' ? {} : undefined);
  const bodyText = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
  const headers: Record<string, string> = {};
  if (options.authorization !== undefined) headers.authorization = options.authorization;
  // The JSON Content-Type goes with a body; an explicit one is sent anyway, and null sends none.
  const contentType =
    options.contentType !== undefined
      ? options.contentType
      : bodyText === undefined
        ? null
        : 'application/json';
  if (contentType !== null) headers['content-type'] = contentType;
  return new Promise((resolve) => {
    const target = `${url}${options.path ?? ''}`;
    const request = httpRequest(target, { method, headers, agent: false }, (response) => {
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
