import http from 'node:http';
import https from 'node:https';
import type { Outcome, RecordedResponse } from '../model/exchange';

/** A request as it goes on the wire: secrets included, so it is never stored. */
export interface WireRequest {
  method: string;
  url: URL;
  headers: Record<string, string>;
  body: Buffer;
}

export interface WireResult {
  /** Epoch milliseconds just before the request was written and just after the response ended. */
  sentAt: number;
  receivedAt: number;
  outcome: Outcome;
}

/**
 * Sends one request with `node:http`/`node:https` on a keep-alive agent (fetch was ~3x slower here) and never
 * rejects: a timeout destroys the socket and a refused or reset connection is an outcome like a response.
 * Nothing is retried here, so a reset is always reported; stale keep-alive sockets are avoided instead by the
 * agent's idle timeout (see openTarget).
 */
export function sendRequest(agent: http.Agent, request: WireRequest, timeoutMs: number): Promise<WireResult> {
  return new Promise((resolve) => {
    const client = request.url.protocol === 'https:' ? https : http;
    const sentAt = Date.now();
    let settled = false;
    const finish = (outcome: Outcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ sentAt, receivedAt: Date.now(), outcome });
    };
    const outgoing = client.request(request.url, {
      agent,
      method: request.method,
      headers: { ...request.headers, 'content-length': String(request.body.length) },
    });
    const timer = setTimeout(() => {
      finish({ kind: 'timeout', timeoutMs });
      // Destroying the request destroys its socket: a hanging server never keeps the kit (or jest) alive.
      outgoing.destroy();
    }, timeoutMs);
    outgoing.on('error', (error: NodeJS.ErrnoException) => {
      finish({ kind: 'connection-error', code: error.code ?? 'ERROR', message: error.message });
    });
    outgoing.on('response', (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('close', () => {
        if (!incoming.complete) {
          finish({
            kind: 'connection-error',
            code: 'ECONNRESET',
            message: 'the connection closed mid-response',
          });
        }
      });
      incoming.on('error', (error: NodeJS.ErrnoException) => {
        finish({ kind: 'connection-error', code: error.code ?? 'ECONNRESET', message: error.message });
      });
      incoming.on('end', () => {
        const response: RecordedResponse = {
          status: incoming.statusCode ?? 0,
          headers: recordHeaders(incoming),
          bodyText: Buffer.concat(chunks).toString('utf8'),
        };
        finish({ kind: 'response', response });
      });
    });
    outgoing.end(request.body);
  });
}

/** Lower-case names; repeated headers joined with ", ", except set-cookie which stays a list. */
function recordHeaders(incoming: http.IncomingMessage): Record<string, string | string[]> {
  const headers: Record<string, string | string[]> = {};
  for (const [name, values] of Object.entries(incoming.headersDistinct)) {
    if (values === undefined) continue;
    headers[name] = name === 'set-cookie' ? values : values.join(', ');
  }
  return headers;
}
