import http, { type RequestListener, type Server } from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { UsageError } from '../../core/errors';
import type { OperationContract } from '../../core/spec/operationContract';
import type { Exchange, RecordedRequest } from '../model/exchange';
import type { TestCase } from '../model/testCase';
import { screenOutcome } from '../secrets/screenOutcome';
import type { Secret } from '../secrets/secret';
import { presentedCredentials } from './presentedCredentials';
import { sendRequest } from './sendRequest';
import { isAppTarget, type Target } from './target';

const IDLE_SOCKET_MS = 4000;
/** Sockets a burst of concurrent requests needs (the sequences' BURST_SIZE). */
const BURST_SOCKETS = 3;

/** A target ready to take requests: the one thing the runner talks to. */
export interface OpenTarget {
  /** The base URL, or `in-process app`. */
  label: string;
  /** True for an in-process app: recorded URLs are paths, and curl lines use `$BASE_URL`. */
  inProcess: boolean;
  /**
   * Sends a case (the target puts the token values in) and records the exchange with every secret, in any
   * form, replaced by its variable; the exchange says where the response had one.
   */
  exchange(testCase: TestCase, timeoutMs: number): Promise<Exchange>;
  /** Destroys every socket, and stops the server the kit started for an in-process app. */
  close(): Promise<void>;
}

/** Where an operation is: its method and path template. */
export type OperationAddress = Pick<OperationContract, 'operationId' | 'method' | 'path'>;

export interface OpenTargetOptions {
  /** The operations cases may be sent to (a case names its operation, and the values of its path parameters). */
  operations: readonly OperationAddress[];
  /** The tokens to send, find and hide. */
  secrets: readonly Secret[];
  /** Requests in flight at once (sockets kept alive). */
  concurrency?: number;
  /** The longest response body read; past it the body is cut and the socket destroyed. */
  maxResponseBytes: number;
}

/**
 * Opens a target. An in-process app is served by the kit on an ephemeral 127.0.0.1 port and driven by the same
 * HTTP client as a base URL: exact request bytes, real timeouts and socket destruction, and a fraction of
 * supertest's cost, which starts a server for every request.
 */
export async function openTarget(target: Target, options: OpenTargetOptions): Promise<OpenTarget> {
  if (isAppTarget(target)) {
    const { server, started } = await serve(target.app);
    const address = server.address() as AddressInfo;
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    const base = new URL(
      `http://${host === '[::]' ? '[::1]' : host === '0.0.0.0' ? '127.0.0.1' : host}:${address.port}`,
    );
    return client(base, true, 'in-process app', options, async () => {
      if (started) await stop(server);
    });
  }
  const base = parseBaseUrl(target.baseUrl);
  return client(base, false, target.baseUrl, options, async () => {});
}

/**
 * A base URL the kit can send to: http or https, with a host, no query or fragment, and no credentials (the kit
 * sends its own Authorization header, and a password must not reach any output). `name` is the option as the
 * caller knows it.
 */
export function parseBaseUrl(text: string, name = '--target'): URL {
  const shown = withoutCredentials(text);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`${name} must be a base URL such as http://127.0.0.1:8080, got '${shown}'`);
  }
  if (url.username !== '' || url.password !== '') {
    throw new UsageError(
      `${name} must not hold a user name or password (give the token with --token or CONTRACT_TOKEN), got '${shown}'`,
    );
  }
  if (
    (url.protocol !== 'http:' && url.protocol !== 'https:') ||
    url.hostname === '' ||
    url.search ||
    url.hash
  ) {
    throw new UsageError(
      `${name} must be an http or https base URL such as http://127.0.0.1:8080, got '${shown}'`,
    );
  }
  return url;
}

/** The URL text with everything from `//` to its last `@` shown as `***` (over-hiding beats printing a password). */
function withoutCredentials(text: string): string {
  return text.replace(/^([a-z][a-z0-9+.-]*:\/\/)?.*@/is, (_, scheme = '') => `${scheme}***@`);
}

function client(
  base: URL,
  inProcess: boolean,
  label: string,
  options: OpenTargetOptions,
  closeServer: () => Promise<void>,
): OpenTarget {
  const concurrency = options.concurrency ?? 1;
  // Idle sockets are closed after 4 s, before common server idle timeouts (node's 5 s) close them under a
  // request; node also honours a server's `Keep-Alive: timeout=N` hint.
  const agentOptions = {
    keepAlive: true,
    // A burst of concurrent requests (a race the kit looks for) needs its own sockets, whatever `concurrency`.
    maxSockets: Math.max(concurrency, BURST_SOCKETS),
    scheduling: 'lifo' as const,
    timeout: IDLE_SOCKET_MS,
  };
  const agent = base.protocol === 'https:' ? new https.Agent(agentOptions) : new http.Agent(agentOptions);
  const operations = new Map(options.operations.map((operation) => [operation.operationId, operation]));
  const basePath = base.pathname.replace(/\/+$/, '');
  return {
    label,
    inProcess,
    async exchange(testCase, timeoutMs) {
      const headers: Record<string, string> = {};
      const recorded: Record<string, string> = {};
      const presented = presentedCredentials(testCase, options.secrets);
      if (presented.authorization) {
        headers.authorization = presented.authorization.sent;
        recorded.authorization = presented.authorization.recorded;
      }
      if (testCase.contentType !== undefined) {
        headers['content-type'] = testCase.contentType;
        recorded['content-type'] = testCase.contentType;
      }
      const operation = operations.get(testCase.operationId);
      if (!operation)
        throw new Error(`a case for ${testCase.operationId}, which the target was not opened for`);
      const url = new URL(`${basePath}${fillPath(operation.path, testCase.pathParameters)}`, base);
      const recordedUrl = inProcess ? `${url.pathname}${url.search}` : url.toString();
      if (presented.query) url.search = presented.query.sent;
      const request: RecordedRequest = {
        method: operation.method,
        url: presented.query ? `${recordedUrl}?${presented.query.recorded}` : recordedUrl,
        headers: recorded,
        bodyText: presented.bodyText?.recorded ?? testCase.bodyText,
      };
      const body = Buffer.from(presented.bodyText?.sent ?? testCase.bodyText, 'utf8');
      const result = await sendRequest(
        agent,
        { method: operation.method, url, headers, body },
        { timeoutMs, maxResponseBytes: options.maxResponseBytes },
      );
      return { testCase, request, ...result, ...screenOutcome(result.outcome, options.secrets) };
    },
    async close() {
      agent.destroy();
      await closeServer();
    },
  };
}

/** `/users/{user}` with `user` put in, percent-encoded: a value never changes the path's shape. */
function fillPath(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`a case without a value for the path parameter ${name}`);
    return encodeURIComponent(value);
  });
}

async function serve(app: RequestListener | Server): Promise<{ server: Server; started: boolean }> {
  if (typeof app === 'function') {
    const server = http.createServer(app);
    await listen(server);
    return { server, started: true };
  }
  // A server the caller already listens with stays theirs to close; one that is not listening is ours.
  if (app.listening) return { server: app, started: false };
  await listen(app);
  return { server: app, started: true };
}

function listen(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function stop(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    // Requests a hanging app never answered would keep the server (and jest) alive.
    server.closeAllConnections();
  });
}
