import { createServer } from 'node:http';
import type { Server } from 'node:net';
import type { ReferenceAppOptions } from '../createReferenceApp';
import { always429 } from './always-429';
import { deepNesting } from './deep-nesting';
import { echoesEveryTokenForm } from './echoes-every-token-form';
import { endlessBody } from './endless-body';
import { hugeCreatedBody } from './huge-created-body';
import { hugeHeaders } from './huge-headers';
import { invalidUtf8 } from './invalid-utf8';
import { largeEveryResponse } from './large-every-response';
import { notHttp } from './not-http';
import { resetMidBody } from './reset-mid-body';
import { resetOnConnect } from './reset-on-connect';
import { retryAfterForever } from './retry-after-forever';

/**
 * A server that attacks the kit itself (its redaction, its limits) rather than only breaking the contract: the
 * kit must stay bounded in memory and time against it, show no token, and end with a verdict, its reports
 * written.
 */
export interface HostileServer {
  /** Stable kebab-case name, also the file name and `--variant` of `servers/proofServerMain.ts`. */
  name: string;
  /** One line: what it does to the kit. */
  attack: string;
  /** Ids of the kit's checks that must report it. */
  caughtBy: string[];
  /** A server not yet listening: a node:http server, or a plain TCP one for those that do not speak HTTP. */
  create(options: ReferenceAppOptions): Promise<Server>;
}

/** Every hostile server the kit is tried against, listed explicitly. */
export const HOSTILE_SERVERS: readonly HostileServer[] = [
  {
    name: 'echoes-every-token-form',
    attack:
      'echoes both tokens in every encoding (raw, URL, JSON-escaped, base64/base64url alone and of Bearer <token>, hex) in headers and body',
    caughtBy: ['no-token-leak'],
    create: async (options) => createServer(await echoesEveryTokenForm(options)),
  },
  {
    name: 'huge-created-body',
    attack: 'answers every created user with 201 and a 200 MB body',
    caughtBy: ['response-size'],
    create: hugeCreatedBody,
  },
  {
    name: 'large-every-response',
    attack: 'pads every response body to 8 MB',
    caughtBy: ['response-size'],
    create: largeEveryResponse,
  },
  {
    name: 'endless-body',
    attack: 'answers every request with a chunked body that never ends',
    caughtBy: ['response-size'],
    create: endlessBody,
  },
  {
    name: 'deep-nesting',
    attack: 'answers every request with JSON arrays nested 100,000 levels deep',
    caughtBy: ['response-schema-conformance'],
    create: deepNesting,
  },
  {
    name: 'always-429',
    attack: 'answers every request with 429 and Retry-After: 1',
    caughtBy: ['rate-limited'],
    create: always429,
  },
  {
    name: 'retry-after-forever',
    attack: 'answers every request with 429 and Retry-After: 999999',
    caughtBy: ['rate-limited'],
    create: retryAfterForever,
  },
  {
    name: 'reset-on-connect',
    attack: 'resets every connection as soon as it opens',
    caughtBy: ['no-connection-error'],
    create: resetOnConnect,
  },
  {
    name: 'reset-mid-body',
    attack: 'resets the connection halfway through every response body',
    caughtBy: ['no-connection-error'],
    create: resetMidBody,
  },
  {
    name: 'huge-headers',
    attack: 'answers every request with a 64 KB header block',
    caughtBy: ['no-connection-error'],
    create: hugeHeaders,
  },
  {
    name: 'not-http',
    attack: 'answers every request with bytes that are not HTTP (an SSH banner)',
    caughtBy: ['no-connection-error'],
    create: notHttp,
  },
  {
    name: 'invalid-utf8',
    attack: 'puts a byte that is not UTF-8 in every response body',
    caughtBy: ['response-schema-conformance'],
    create: invalidUtf8,
  },
];

export function hostileServer(name: string): HostileServer | undefined {
  return HOSTILE_SERVERS.find((server) => server.name === name);
}
