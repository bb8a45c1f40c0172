import { type Answer, refusal } from './answer';
import type { Making } from './referenceParts';
import type { Exchange, ServerContext } from './serverContext';
import type { StoreOutcome } from './userStore';

/** What the operation does, once the request passed every step before: create, describe or update a user. */
export async function act(exchange: Exchange, server: ServerContext): Promise<Answer> {
  switch (exchange.operation.action) {
    case 'create':
      return create(exchange, server);
    case 'describe':
      return describe(exchange, server);
    case 'update':
      return update(exchange, server);
  }
}

async function create(exchange: Exchange, server: ServerContext): Promise<Answer> {
  const { parts, store, resource } = server;
  const id = await parts.newId((candidate) => store.has(candidate));
  const outcome = await store.create(parts.newUser(making(exchange, server), id, exchange.body));
  if (outcome.kind !== 'stored') return refused(outcome, id);
  const location = resource.locationOf(String(outcome.user[resource.roles.id]));
  return { status: 201, body: outcome.user, ...(location ? { headers: { Location: location } } : {}) };
}

async function describe(exchange: Exchange, { store }: ServerContext): Promise<Answer> {
  const id = resourceId(exchange);
  const user = await store.get(id);
  return user ? { status: 200, body: user } : refusal(404, `No user has the ID ${id}.`);
}

async function update(exchange: Exchange, server: ServerContext): Promise<Answer> {
  const { parts, store } = server;
  const id = resourceId(exchange);
  const revision = making(exchange, server);
  const outcome = await store.update(id, (current) => parts.revisedUser(revision, current, exchange.body));
  return outcome.kind === 'stored' ? { status: 200, body: outcome.user } : refused(outcome, id);
}

function refused(outcome: Exclude<StoreOutcome, { kind: 'stored' }>, id: string): Answer {
  if (outcome.kind === 'missing') return refusal(404, `No user has the ID ${id}.`);
  return refusal(outcome.kind === 'conflict' ? 409 : 503, outcome.message);
}

function making(exchange: Exchange, { resource, parts }: ServerContext): Making {
  return {
    roles: resource.roles,
    properties: exchange.operation.properties,
    nowMs: Date.now(),
    format: parts.formatTime,
  };
}

/** The user ID in the request's path. */
export function resourceId(exchange: Exchange): string {
  const name = exchange.operation.resourceParameter?.name;
  return name === undefined ? '' : (exchange.parameters[name] ?? '');
}
