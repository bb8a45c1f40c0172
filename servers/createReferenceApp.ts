import { randomInt } from 'node:crypto';
import type { IncomingMessage, RequestListener } from 'node:http';
import { parseBearer } from '../core/http/parseBearer';
import { readBody } from '../core/http/readBody';
import { readTarget } from '../core/http/readTarget';
import { sendError, sendJson } from '../core/http/sendJson';
import { parseJsonBody } from '../core/json/parseJsonBody';
import { type Contract, loadContract } from '../core/spec/loadContract';
import { mediaTypeEssence } from '../core/spec/mediaType';

export interface ReferenceAppOptions {
  /** Bearer tokens of identities allowed to create users. */
  tokens: string[];
  /** Bearer tokens of valid identities without the CanManageUsers permission (403). */
  forbiddenTokens?: string[];
  /** The contract to serve; the shipped spec by default. */
  contract?: Contract;
  /** Larger request bodies get 413. */
  maxBodyBytes?: number;
}

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const WWW_AUTHENTICATE = 'Bearer realm="lakesail"';

/**
 * A correct CreateUser server: the contract's reference implementation, built on the same spec.
 * The conformance kit must pass it; the broken servers of the kit's tests are small variations of it.
 */
export async function createReferenceApp(options: ReferenceAppOptions): Promise<RequestListener> {
  const contract = options.contract ?? (await loadContract());
  const { operation, validator } = contract;
  const tokens = new Set(options.tokens);
  const forbiddenTokens = new Set(options.forbiddenTokens ?? []);
  const maxBodyBytes = options.maxBodyBytes ?? 10 * 1024 * 1024;
  // The echoed properties come from the spec, never from a hand-written list.
  const specProperties = Object.keys((operation.requestSchema.properties ?? {}) as Record<string, unknown>);
  const issuedIds = new Set<string>();

  const newId = () => {
    for (;;) {
      let id = '';
      for (let i = 0; i < 12; i++) id += ID_ALPHABET[randomInt(ID_ALPHABET.length)];
      if (!issuedIds.has(id)) {
        issuedIds.add(id);
        return id;
      }
    }
  };

  return (request, response) => {
    const path = readTarget(request.url)?.path;
    if (path !== operation.path) {
      drain(request);
      return sendError(response, 404, `No route for ${request.method} ${path ?? 'that target'}.`);
    }
    if (request.method !== operation.method) {
      drain(request);
      response.setHeader('Allow', operation.method);
      return sendError(
        response,
        405,
        `Method ${request.method} is not allowed on ${operation.path}; use ${operation.method}.`,
      );
    }
    const token = bearerToken(request.headers.authorization);
    if (token === undefined || (!tokens.has(token) && !forbiddenTokens.has(token))) {
      drain(request);
      response.setHeader('WWW-Authenticate', WWW_AUTHENTICATE);
      const message =
        token === undefined
          ? 'The request has no bearer token in its Authorization header.'
          : 'The bearer token is not valid.';
      return sendError(response, 401, message);
    }
    if (forbiddenTokens.has(token)) {
      drain(request);
      return sendError(response, 403, 'The identity does not have the CanManageUsers permission.');
    }
    const mediaType = mediaTypeEssence(request.headers['content-type'] ?? '');
    if (mediaType !== operation.requestMediaType) {
      drain(request);
      return sendError(
        response,
        415,
        `The request body must be ${operation.requestMediaType}, not ${mediaType || 'untyped'}.`,
      );
    }
    // Not caught: a variation that throws while answering (crash-on-long-string) crashes the process, as a real
    // server's unhandled error would.
    void answerCreate(request, response);
  };

  async function answerCreate(
    request: IncomingMessage,
    response: Parameters<RequestListener>[1],
  ): Promise<void> {
    const received = await readBody(request, maxBodyBytes);
    if (received.kind === 'aborted') return;
    if (received.kind === 'too-large') {
      return sendError(response, 413, `The request body is larger than ${maxBodyBytes} bytes.`, {
        Connection: 'close',
      });
    }
    const parsed = parseJsonBody(received.bytes);
    if (parsed.kind === 'invalid') return sendError(response, 400, 'The request body is not valid JSON.');
    if (parsed.kind === 'too-deep') return sendError(response, 400, parsed.message);
    const body = parsed.value;
    const issues = validator.validate(operation.requestSchema, body);
    if (issues.length > 0) {
      return sendError(
        response,
        400,
        `Invalid request body: ${issues.map((issue) => issue.message).join('; ')}.`,
      );
    }
    const spec = body as Record<string, unknown>;
    const now = new Date().toISOString();
    const user: Record<string, unknown> = { id: newId() };
    for (const property of specProperties) if (property in spec) user[property] = spec[property];
    user.createdAt = now;
    user.updatedAt = now;
    sendJson(response, 201, user);
  }
}

/** The bearer token of an `Authorization` header (core's RFC 9110 parser), or undefined. */
export function bearerToken(header: string | undefined): string | undefined {
  const credentials = parseBearer(header);
  return credentials.kind === 'token' ? credentials.token : undefined;
}

function drain(request: IncomingMessage): void {
  request.resume();
}
