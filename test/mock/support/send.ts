import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';

export interface MockRequest {
  method: string;
  /** Path and query, e.g. `/api/org/v1/users`. */
  path: string;
  headers?: Record<string, string>;
  /** The exact body bytes; none when undefined. */
  body?: string | Buffer;
}

export interface MockResponse {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  /** The body parsed as JSON, undefined when it is not JSON. */
  json: unknown;
  /** Date.now() just before sending and just after the whole response arrived. */
  sentAt: number;
  receivedAt: number;
}

/**
 * One request over a fresh connection (nothing left open for jest). With `Expect: 100-continue` the body
 * is only sent when the server asks for it; a server that answers before reading the whole body (413)
 * still counts as answered even if writing the rest then fails.
 */
export function send(baseUrl: string, request: MockRequest, timeoutMs = 5000): Promise<MockResponse> {
  const sentAt = Date.now();
  return new Promise((resolve, reject) => {
    let answered = false;
    const outgoing = httpRequest(
      // Appended, not resolved: a path starting with `//` must stay a path.
      new URL(`${baseUrl}${request.path}`),
      { method: request.method, headers: request.headers ?? {}, agent: false },
      (response) => {
        answered = true;
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          clearTimeout(timer);
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown;
          try {
            json = JSON.parse(text);
          } catch {
            json = undefined;
          }
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            text,
            json,
            sentAt,
            receivedAt: Date.now(),
          });
        });
      },
    );
    const timer = setTimeout(() => {
      outgoing.destroy();
      reject(new Error(`no answer to ${request.method} ${request.path} within ${timeoutMs} ms`));
    }, timeoutMs);
    outgoing.on('error', (error) => {
      if (answered) return;
      clearTimeout(timer);
      reject(error);
    });
    const expectsContinue = Object.entries(request.headers ?? {}).some(
      ([name, value]) => name.toLowerCase() === 'expect' && value.toLowerCase() === '100-continue',
    );
    if (expectsContinue) outgoing.on('continue', () => outgoing.end(request.body));
    else outgoing.end(request.body);
  });
}
