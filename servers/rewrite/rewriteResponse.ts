import type { IncomingMessage, OutgoingHttpHeaders, RequestListener, ServerResponse } from 'node:http';

/** A response as the wrapped app wrote it, before anything reaches the client. */
export interface CapturedResponse {
  status: number;
  /** Header names in lower case. */
  headers: OutgoingHttpHeaders;
  body: string;
}

/** The request a response answers; `bodyText` is the body as far as the app had read it (all of it for 201 and 400). */
export interface SeenRequest {
  incoming: IncomingMessage;
  bodyText: string;
}

/**
 * Turns the app's response into the one sent, or into nothing at all (`undefined`): the rewrite then leaves
 * the request hanging, or destroys the socket itself.
 */
export type ResponseRewrite = (
  response: CapturedResponse,
  request: SeenRequest,
) => CapturedResponse | undefined;

/**
 * Wraps an app (the reference) so each response goes through `rewrite` first: the way most broken and
 * conformant variations differ from the reference in exactly one thing. The app must answer with `writeHead`
 * and a single `end`.
 */
export function rewriteResponse(app: RequestListener, rewrite: ResponseRewrite): RequestListener {
  return (request, response) => {
    // A second 'data' listener sees the same chunks as the app's own; both are attached before flowing starts.
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    const writeHead = response.writeHead.bind(response);
    const end = response.end.bind(response);
    let status = 200;
    response.writeHead = ((code: number, ...rest: unknown[]) => {
      status = code;
      const headers = rest.find((arg): arg is OutgoingHttpHeaders => typeof arg === 'object' && arg !== null);
      for (const [name, value] of Object.entries(headers ?? {})) {
        if (value !== undefined) response.setHeader(name, value);
      }
      return response;
    }) as ServerResponse['writeHead'];
    response.end = ((chunk?: unknown) => {
      const captured: CapturedResponse = {
        status,
        headers: { ...response.getHeaders() },
        body: typeof chunk === 'string' || Buffer.isBuffer(chunk) ? chunk.toString() : '',
      };
      const rewritten = rewrite(captured, {
        incoming: request,
        bodyText: Buffer.concat(chunks).toString('utf8'),
      });
      if (rewritten === undefined) return response;
      for (const name of response.getHeaderNames()) response.removeHeader(name);
      for (const [name, value] of Object.entries(rewritten.headers)) {
        if (value !== undefined) response.setHeader(name, value);
      }
      response.setHeader('content-length', Buffer.byteLength(rewritten.body));
      writeHead(rewritten.status);
      end(rewritten.body);
      return response;
    }) as ServerResponse['end'];
    app(request, response);
  };
}
