import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { readBody } from '../../core/http/readBody';
import { readTarget } from '../../core/http/readTarget';
import { sendJson } from '../../core/http/sendJson';
import { type Contract, loadContract } from '../../core/spec/loadContract';
import { type Answer, refusal } from './answer';
import type { ReferenceParts } from './referenceParts';
import { ABANDONED, runStep, type StepResult } from './runStep';
import type { Exchange, ServerContext } from './serverContext';
import { createUserStore } from './userStore';
import { usersResource } from './usersResource';

export interface ReferenceAppOptions {
  /** Bearer tokens of identities with the CanManageUsers permission. */
  tokens: string[];
  /** Bearer tokens of valid identities without the CanManageUsers permission (403 where the spec needs it). */
  forbiddenTokens?: string[];
  /** The contract to serve; the shipped spec by default. */
  contract?: Contract;
  /** Larger request bodies get 413. */
  maxBodyBytes?: number;
  /** The most users kept (100,000 by default); past it, creates get 503. */
  maxUsers?: number;
  /** The most bytes of users, as JSON, kept (64 MiB by default); past it, creates and growing updates get 503. */
  maxStoredBytes?: number;
}

const INTERNAL_ERROR = 'The requested operation failed. Try again later.';

/**
 * A users server made of `parts`: the reference's own (createReferenceApp), or a variation's. It serves the
 * create, describe and update operations of the users resource (usersResource), from the spec's operations
 * and declared semantics, and keeps users in memory.
 */
export async function createUsersApp(
  options: ReferenceAppOptions,
  parts: ReferenceParts,
): Promise<RequestListener> {
  const contract = options.contract ?? (await loadContract());
  const resource = usersResource(contract);
  const server: ServerContext = {
    resource,
    parts,
    validator: contract.validator,
    tokens: new Set(options.tokens),
    forbiddenTokens: new Set(options.forbiddenTokens ?? []),
    maxBodyBytes: options.maxBodyBytes ?? 10 * 1024 * 1024,
    store: parts.store(
      createUserStore({
        idProperty: resource.roles.id,
        uniqueKeys: parts.uniqueKeys,
        maxUsers: options.maxUsers ?? 100_000,
        maxBytes: options.maxStoredBytes ?? 64 * 1024 * 1024,
      }),
    ),
  };

  return (request, response) => {
    // Read at once, before anything else: a wrapper listening to the body too must see the same chunks.
    const received = readBody(request, server.maxBodyBytes);
    const path = readTarget(request.url)?.path;
    const routed = path === undefined ? [] : resource.operations.filter((operation) => operation.match(path));
    const operation = routed.find((candidate) => candidate.contract.method === request.method);
    if (!operation) return send(request, response, unrouted(request.method, path, routed));
    const parameters = operation.match(path ?? '') ?? {};
    // Not caught: a variation that throws while answering (crash-on-long-string) crashes the process, as a real
    // server's unhandled error would.
    void answer({ request, operation, parameters, received }, server).then((result) =>
      send(request, response, result),
    );
  };
}

/** Runs the steps in order; the first refusal is the answer, else what `act` answered. A throw is a 500. */
async function answer(exchange: Exchange, server: ServerContext): Promise<StepResult> {
  try {
    for (const step of server.parts.steps(exchange.operation.action)) {
      const result = await runStep(step, exchange, server);
      if (result !== undefined) return result;
    }
    return exchange.answer ?? refusal(500, INTERNAL_ERROR);
  } catch {
    return refusal(500, INTERNAL_ERROR);
  }
}

/** 404 for a path no operation has; 405, with `Allow`, for a method the path does not have. */
function unrouted(
  method: string | undefined,
  path: string | undefined,
  routed: Exchange['operation'][],
): Answer {
  if (routed.length === 0) return refusal(404, `No route for ${method} ${path ?? 'that target'}.`);
  const allowed = routed.map((operation) => operation.contract.method).join(', ');
  return refusal(405, `Method ${method} is not allowed on ${path}; use ${allowed}.`, { Allow: allowed });
}

function send(request: IncomingMessage, response: ServerResponse, result: StepResult): void {
  // Whatever of the body is still on its way is read and dropped, so the connection can serve the next request.
  request.resume();
  if (result === ABANDONED || result === undefined) return;
  sendJson(response, result.status, result.body, result.headers);
}
