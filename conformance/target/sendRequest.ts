import { isUtf8 } from 'node:buffer';
import http from 'node:http';
import https from 'node:https';
import type { Socket } from 'node:net';
import type { Outcome, RecordedResponse } from '../model/exchange';

/** A request as it goes on the wire: secrets included, so it is never stored. */
export interface WireRequest {
  method: string;
  url: URL;
  headers: Record<string, string>;
  body: Buffer;
}

/** What one exchange may cost: past either limit the socket is destroyed. */
export interface WireLimits {
  timeoutMs: number;
  /** The longest response body read; a longer one is cut here. */
  maxResponseBytes: number;
}

export interface WireResult {
  /** Epoch milliseconds just before the request was written and just after the response ended. */
  sentAt: number;
  receivedAt: number;
  outcome: Outcome;
}

/**
 * Sends one request with `node:http`/`node:https` on a keep-alive agent (fetch was ~3x slower here) and never
 * rejects: a timeout, a body past the size limit, a refused or reset connection and bytes that are not HTTP are
 * outcomes like a response. A server may close an idle keep-alive connection at any moment, so a request that
 * meets such a close on a reused connection before any response byte (the server never saw it) is sent once
 * more, on a new connection; any other failure is reported as it is.
 */
export async function sendRequest(
  agent: http.Agent,
  request: WireRequest,
  limits: WireLimits,
): Promise<WireResult> {
  const first = await attempt(agent, request, limits);
  if (!first.staleConnection) return first.result;
  return (await attempt(false, request, limits)).result;
}

interface Attempt {
  result: WireResult;
  /** The request met a reused connection the server had closed, before any response byte. */
  staleConnection: boolean;
}

function attempt(agent: http.Agent | false, request: WireRequest, limits: WireLimits): Promise<Attempt> {
  return new Promise((resolve) => {
    const secure = request.url.protocol === 'https:';
    const sentAt = Date.now();
    let socket: Socket | undefined;
    let bytesReadBefore = 0;
    let connected = false;
    let settled = false;
    const finish = (outcome: Outcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      const answered = socket !== undefined && socket.bytesRead > bytesReadBefore;
      const staleConnection =
        outgoing.reusedSocket &&
        !answered &&
        outcome.kind === 'connection-error' &&
        (outcome.code === 'ECONNRESET' || outcome.code === 'EPIPE');
      resolve({ result: { sentAt, receivedAt: Date.now(), outcome }, staleConnection });
    };
    const outgoing = (secure ? https : http).request(request.url, {
      agent,
      method: request.method,
      headers: { ...request.headers, 'content-length': String(request.body.length) },
    });
    outgoing.on('socket', (assigned: Socket) => {
      socket = assigned;
      bytesReadBefore = assigned.bytesRead;
      if (outgoing.reusedSocket) connected = true;
      else
        assigned.once(secure ? 'secureConnect' : 'connect', () => {
          connected = true;
        });
    });
    const timer = setTimeout(() => {
      // One turn of the event loop later: a connection or an answer that came in while the loop was busy (timers
      // run before I/O) is seen first, so a slow kit never takes a reachable server for an unreachable one.
      setImmediate(() => {
        if (settled) return;
        finish({ kind: 'timeout', timeoutMs: limits.timeoutMs, connected });
        // Destroying the request destroys its socket: a hanging server never keeps the kit (or jest) alive.
        outgoing.destroy();
      });
    }, limits.timeoutMs);
    outgoing.on('error', (error: NodeJS.ErrnoException) => finish(connectionError(error, connected)));
    outgoing.on('response', (incoming) => {
      readBody(incoming, limits.maxResponseBytes, (body, cutAtBytes) => {
        finish({ kind: 'response', response: recordResponse(incoming, body, cutAtBytes) });
        // Past the limit nothing more is read: the server may have gigabytes, or no end, to send.
        if (cutAtBytes !== undefined) outgoing.destroy();
      });
      incoming.on('close', () => {
        if (!incoming.complete) {
          finish({
            kind: 'connection-error',
            code: 'ECONNRESET',
            message: 'the connection closed mid-response',
            connected: true,
          });
        }
      });
      incoming.on('error', (error: NodeJS.ErrnoException) => finish(connectionError(error, true)));
    });
    outgoing.end(request.body);
  });
}

/** Reads a body up to `max` bytes: `done` gets all of it, or its first `max` bytes and `max` once it is longer. */
function readBody(
  incoming: http.IncomingMessage,
  max: number,
  done: (body: Buffer, cutAtBytes: number | undefined) => void,
): void {
  const chunks: Buffer[] = [];
  let size = 0;
  let cut = false;
  incoming.on('data', (chunk: Buffer) => {
    if (cut) return;
    if (size + chunk.length > max) {
      cut = true;
      chunks.push(chunk.subarray(0, max - size));
      done(Buffer.concat(chunks), max);
      return;
    }
    chunks.push(chunk);
    size += chunk.length;
  });
  incoming.on('end', () => {
    if (!cut) done(Buffer.concat(chunks), undefined);
  });
}

function recordResponse(
  incoming: http.IncomingMessage,
  body: Buffer,
  cutAtBytes: number | undefined,
): RecordedResponse {
  const response: RecordedResponse = {
    status: incoming.statusCode ?? 0,
    headers: recordHeaders(incoming),
    bodyText: body.toString('utf8'),
  };
  if (cutAtBytes !== undefined) response.bodyCutAtBytes = cutAtBytes;
  // A cut body may end inside a character: only a whole body is judged.
  else if (!isUtf8(body)) response.invalidUtf8 = true;
  return response;
}

/**
 * Lower-case names; repeated headers joined with ", ", except set-cookie which stays a list. Read from the raw
 * header lines, in their order: node's `headersDistinct` builds an array for every header first (~4 µs a
 * response).
 */
function recordHeaders(incoming: http.IncomingMessage): Record<string, string | string[]> {
  const headers: Record<string, string | string[]> = {};
  const lines = incoming.rawHeaders;
  for (let i = 0; i + 1 < lines.length; i += 2) {
    const name = (lines[i] as string).toLowerCase();
    const value = lines[i + 1] as string;
    const earlier = headers[name];
    if (!Object.hasOwn(headers, name)) headers[name] = name === 'set-cookie' ? [value] : value;
    else if (Array.isArray(earlier)) earlier.push(value);
    else headers[name] = `${earlier}, ${value}`;
  }
  return headers;
}

function connectionError(error: NodeJS.ErrnoException, connected: boolean): Outcome {
  const code = error.code ?? 'ERROR';
  return {
    kind: 'connection-error',
    code,
    message: describeError(code, error.message),
    // A reset means a server accepted the connection (one nobody listens on is refused): the target is there.
    connected: connected || code === 'ECONNRESET',
  };
}

/** node's parser errors (`HPE_...`) say what was wrong with the bytes, not that they were a response. */
function describeError(code: string, message: string): string {
  if (code === 'HPE_HEADER_OVERFLOW') {
    return `the response header block is larger than ${http.maxHeaderSize} bytes (${message})`;
  }
  if (code.startsWith('HPE_')) return `the answer is not HTTP (${message})`;
  return message;
}
