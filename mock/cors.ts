import type { IncomingMessage, ServerResponse } from 'node:http';

// Headers a browser app may read from the mock's answers besides the CORS-safelisted ones.
const EXPOSED_HEADERS = 'WWW-Authenticate, Allow, Location, Content-Length';
const DEFAULT_ALLOWED_HEADERS = 'Authorization, Content-Type, Prefer';

/** Lets any page (any localhost port) call the mock, with or without credentials. */
export function applyCors(request: IncomingMessage, response: ServerResponse): void {
  const origin = request.headers.origin;
  if (origin) {
    // With credentials a browser refuses `*`, so the mock names the caller's origin.
    response.setHeader('Access-Control-Allow-Origin', origin);
    response.setHeader('Access-Control-Allow-Credentials', 'true');
    response.setHeader('Vary', 'Origin');
  } else {
    response.setHeader('Access-Control-Allow-Origin', '*');
  }
  response.setHeader('Access-Control-Expose-Headers', EXPOSED_HEADERS);
}

/** A CORS preflight: OPTIONS from a browser, asking whether it may send the real request. */
export function isPreflight(request: IncomingMessage): boolean {
  return (
    request.method === 'OPTIONS' &&
    request.headers.origin !== undefined &&
    request.headers['access-control-request-method'] !== undefined
  );
}

/**
 * Answers every preflight with 204, whatever the path and method: the browser then sends the real
 * request, and the app sees the mock's 404 or 405 with its JSON message instead of an opaque CORS error.
 */
export function answerPreflight(request: IncomingMessage, response: ServerResponse): void {
  response.setHeader(
    'Access-Control-Allow-Methods',
    request.headers['access-control-request-method'] ?? 'POST',
  );
  response.setHeader(
    'Access-Control-Allow-Headers',
    request.headers['access-control-request-headers'] ?? DEFAULT_ALLOWED_HEADERS,
  );
  if (request.headers['access-control-request-private-network'] === 'true') {
    response.setHeader('Access-Control-Allow-Private-Network', 'true');
  }
  response.setHeader('Access-Control-Max-Age', '600');
  response.setHeader('Vary', 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers');
  response.setHeader('Content-Length', '0');
  response.writeHead(204);
  response.end();
}
