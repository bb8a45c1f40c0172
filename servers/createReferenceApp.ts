import { randomInt } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { type Contract, loadContract } from '../core/spec/loadContract';

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
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname !== operation.path) {
      drain(request);
      return sendError(response, 404, `No route for ${request.method} ${url.pathname}.`);
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
    const mediaType = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
    if (mediaType !== operation.requestMediaType) {
      drain(request);
      return sendError(
        response,
        415,
        `The request body must be ${operation.requestMediaType}, not ${mediaType || 'untyped'}.`,
      );
    }
    readBody(request, maxBodyBytes, (error, text) => {
      if (error) return sendError(response, 413, `The request body is larger than ${maxBodyBytes} bytes.`);
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        return sendError(response, 400, 'The request body is not valid JSON.');
      }
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
    });
  };
}

function bearerToken(header: string | undefined): string | undefined {
  const match = /^bearer +(\S+) *$/i.exec(header ?? '');
  return match?.[1];
}

function readBody(
  request: IncomingMessage,
  limit: number,
  done: (error: Error | undefined, text: string) => void,
): void {
  const chunks: Buffer[] = [];
  let size = 0;
  let finished = false;
  request.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > limit && !finished) {
      finished = true;
      done(new Error('too large'), '');
      request.resume();
      return;
    }
    if (!finished) chunks.push(chunk);
  });
  request.on('end', () => {
    if (!finished) {
      finished = true;
      done(undefined, Buffer.concat(chunks).toString('utf8'));
    }
  });
  request.on('error', () => {
    finished = true;
  });
}

function drain(request: IncomingMessage): void {
  request.resume();
}

function sendError(response: ServerResponse, status: number, message: string): void {
  sendJson(response, status, { message });
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  });
  response.end(text);
}
