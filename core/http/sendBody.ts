import type { ServerResponse } from 'node:http';

/**
 * Sends a whole answer at once: status, `headers` (on top of those already set, such as CORS) and the body with
 * its length. No body sends `Content-Length: 0` (node:http itself
 * leaves the body out of an answer to HEAD).
 */
export function sendBody(
  response: ServerResponse,
  status: number,
  body: string | Buffer | undefined,
  headers: Record<string, string | number> = {},
): void {
  const length = body === undefined ? 0 : typeof body === 'string' ? Buffer.byteLength(body) : body.length;
  response.writeHead(status, { ...headers, 'Content-Length': length });
  response.end(body);
}
