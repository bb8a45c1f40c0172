import { oneLine } from '../core/errors';
import { MOCK_PREFIX } from './face/createMockFace';
import { errorAnswer, type MockAnswer } from './mockAnswer';
import type { RouteResult } from './prismEngine';
import type { ResourceCollection } from './store/resourceCollections';
import type { ResourceStore } from './store/resourceStore';

/** A request to one of the state routes: its answer, made once the request is read (a reset waits for the disk). */
export type StateRoute = { kind: 'state'; answer: () => MockAnswer | Promise<MockAnswer> };

export interface StateRoutes {
  /** `GET /__mock/users` for each collection, by collection name: the URL paths a page may show. */
  lists: Record<string, string>;
  /** `POST /__mock/reset`, unless the spec has that path. */
  reset: string | undefined;
  route(method: string, path: string): StateRoute | { kind: 'answer'; answer: MockAnswer } | undefined;
}

export interface StateRouteParts {
  collections: readonly ResourceCollection[];
  store: ResourceStore;
  /** Whether `--data` gave a seed, for the reset's message. */
  seeded: boolean;
  /** The spec's router: a path the spec routes is the spec's. */
  routes(method: string, path: string): RouteResult;
}

/**
 * The mock's routes about what it keeps, beside the spec's paths (the spec wins where it has one of them):
 * `GET /__mock/<collection>` lists the stored resources in the order they were created (the spec may publish
 * no list operation, and a frontend developer wants to see them); `POST /__mock/reset` empties the store, or
 * returns it to the `--data` seed, and writes that to the state file. They need no token and ignore any body.
 */
export function stateRoutes(parts: StateRouteParts): StateRoutes {
  const free = (path: string) => parts.routes('GET', path).kind === 'no-path';
  const lists = new Map<string, ResourceCollection>();
  for (const collection of parts.collections) {
    const path = `${MOCK_PREFIX}/${collection.name}`;
    if (free(path)) lists.set(path, collection);
  }
  const reset = free(`${MOCK_PREFIX}/reset`) ? `${MOCK_PREFIX}/reset` : undefined;
  return {
    lists: Object.fromEntries([...lists].map(([path, collection]) => [collection.name, path])),
    reset,
    route(method, path) {
      const collection = lists.get(path);
      if (collection) {
        if (method !== 'GET' && method !== 'HEAD') return notAllowed(method, path, 'GET, HEAD, OPTIONS');
        return { kind: 'state', answer: () => listAnswer(parts.store, collection) };
      }
      if (path !== reset) return undefined;
      if (method !== 'POST') return notAllowed(method, path, 'POST, OPTIONS');
      return { kind: 'state', answer: () => resetAnswer(parts) };
    },
  };
}

function listAnswer(store: ResourceStore, collection: ResourceCollection): MockAnswer {
  return { status: 200, headers: { 'Cache-Control': 'no-store' }, body: store.list(collection) };
}

async function resetAnswer({ store, collections, seeded }: StateRouteParts): Promise<MockAnswer> {
  try {
    await store.reset();
  } catch (error) {
    process.stderr.write(`mock: ${oneLine(error)}\n`);
    return errorAnswer(
      500,
      'The mock emptied its store but could not write its state file; its console says why.',
    );
  }
  const kept =
    collections.map((collection) => `${store.list(collection).length} ${collection.name}`).join(', ') ||
    'nothing';
  const message = seeded
    ? `Reset to the --data seed: the mock keeps ${kept}.`
    : `Reset: the mock keeps ${kept}.`;
  return { status: 200, headers: {}, body: { message } };
}

function notAllowed(method: string, path: string, allow: string): { kind: 'answer'; answer: MockAnswer } {
  if (method === 'OPTIONS')
    return { kind: 'answer', answer: { status: 204, headers: { Allow: allow }, body: undefined } };
  return {
    kind: 'answer',
    answer: errorAnswer(405, `Method ${method} is not allowed on ${path}; use ${allow}.`, { Allow: allow }),
  };
}
