import type { JsonObject } from '../../core/json/jsonObject';
import type { ResourceCollection } from './resourceCollections';
import { createUniqueIndex, type Taken, type UniqueIndex } from './uniqueIndex';

/** What bounds the store. */
export interface StoreLimits {
  /** Resources of every collection together (`--max-users`). */
  maxResources: number;
  /** Bytes of every stored resource as JSON, together: a client's long strings cannot exhaust the memory. */
  maxBytes: number;
  /** Refuse a unique value another resource has (`--unique`). */
  unique: boolean;
}

/** Bytes of resources (as JSON) the store keeps at most: far beyond a frontend's data, well within any laptop. */
export const MAX_STORE_BYTES = 256 * 1024 * 1024;

/** The resources of every collection, by collection name, in the order they were created: what a state file holds. */
export type StateSnapshot = Record<string, JsonObject[]>;

/** Where changes go once made in memory (the state file); none keeps the store in memory only. */
export interface StatePersistence {
  /** Writes the state `snapshot` gives when the write starts; resolves once it is on disk. */
  save(snapshot: () => StateSnapshot): Promise<void>;
  /** Resolves once no write is under way or waiting. */
  idle(): Promise<void>;
}

/** What became of a change: stored (and `saved` resolves once it is on disk), or refused, changing nothing. */
export type StoreOutcome =
  | { kind: 'stored'; resource: JsonObject; saved: Promise<void> | undefined }
  | { kind: 'full'; limit: 'count' | 'bytes' }
  | { kind: 'taken'; taken: Taken };

/** What the store needs of a collection: its name, and which properties are its ID and unique ones. */
export type StoredCollection = Pick<ResourceCollection, 'name' | 'roles' | 'uniqueProperties'>;

/**
 * The resources the mock's answers made exist, by collection and ID. A stored resource is never changed in
 * place: an update stores a new object, so an answer or a write in progress keeps the version it was given. Every
 * change is made at once, in one turn of the event loop (atomic: two updates never lose each other's change).
 */
export interface ResourceStore {
  readonly limits: StoreLimits;
  size(): number;
  find(collection: StoredCollection, id: string): JsonObject | undefined;
  list(collection: StoredCollection): JsonObject[];
  /** A new resource: refused when the store is full, its ID or (with `--unique`) a unique value is taken. */
  add(collection: StoredCollection, resource: JsonObject): StoreOutcome;
  /** The new version of a stored resource (same ID): refused when a unique value is taken or it would not fit. */
  replace(collection: StoredCollection, resource: JsonObject): StoreOutcome;
  /** Back to the state the store started from (the seed, or empty); resolves once that is on disk. */
  reset(): Promise<void> | undefined;
  /** Replaces every resource with those of a snapshot, unsaved; the first one refused, with where it was. */
  restore(snapshot: StateSnapshot): RestoreProblem | undefined;
  /** Resolves once every change made so far is on disk. */
  idle(): Promise<void>;
}

export interface RestoreProblem {
  collection: string;
  index: number;
  outcome: Exclude<StoreOutcome, { kind: 'stored' }>;
}

export interface ResourceStoreParts {
  collections: readonly StoredCollection[];
  limits: StoreLimits;
  /** What `reset` returns to; the store starts empty (call `restore` to fill it). */
  seed?: StateSnapshot;
  persistence?: StatePersistence;
}

export function createResourceStore(parts: ResourceStoreParts): ResourceStore {
  const { limits, persistence } = parts;
  const shelves = new Map(parts.collections.map((collection) => [collection.name, shelfFor(collection)]));
  let count = 0;
  let bytes = 0;
  const shelf = (collection: StoredCollection) => shelves.get(collection.name) ?? missing(collection);
  const snapshot = (): StateSnapshot => {
    const state: StateSnapshot = {};
    for (const [name, { resources }] of shelves) state[name] = [...resources.values()];
    return state;
  };
  const saved = () => persistence?.save(snapshot);

  const insert = (collection: StoredCollection, resource: JsonObject): StoreOutcome => {
    const { resources, unique } = shelf(collection);
    const id = String(resource[collection.roles.id]);
    if (resources.has(id))
      return { kind: 'taken', taken: { property: collection.roles.id, value: id, holder: id } };
    if (count >= limits.maxResources) return { kind: 'full', limit: 'count' };
    const size = sizeOf(resource);
    if (bytes + size > limits.maxBytes) return { kind: 'full', limit: 'bytes' };
    const taken = limits.unique ? unique.taken(resource, id) : undefined;
    if (taken) return { kind: 'taken', taken };
    resources.set(id, resource);
    if (limits.unique) unique.hold(resource, id);
    count++;
    bytes += size;
    return { kind: 'stored', resource, saved: undefined };
  };

  const clear = () => {
    for (const { resources, unique } of shelves.values()) {
      resources.clear();
      unique.clear();
    }
    count = 0;
    bytes = 0;
  };

  const store: ResourceStore = {
    limits,
    size: () => count,
    find: (collection, id) => shelf(collection).resources.get(id),
    list: (collection) => [...shelf(collection).resources.values()],
    add(collection, resource) {
      const outcome = insert(collection, resource);
      return outcome.kind === 'stored' ? { ...outcome, saved: saved() } : outcome;
    },
    replace(collection, resource) {
      const { resources, unique } = shelf(collection);
      const id = String(resource[collection.roles.id]);
      const previous = resources.get(id);
      if (!previous) return insert(collection, resource);
      const change = sizeOf(resource) - sizeOf(previous);
      if (bytes + change > limits.maxBytes) return { kind: 'full', limit: 'bytes' };
      const taken = limits.unique ? unique.taken(resource, id) : undefined;
      if (taken) return { kind: 'taken', taken };
      // Map.set on an existing key keeps its place: the list stays in the order of creation.
      resources.set(id, resource);
      if (limits.unique) unique.hold(resource, id, previous);
      bytes += change;
      return { kind: 'stored', resource, saved: saved() };
    },
    reset() {
      store.restore(parts.seed ?? {});
      return saved();
    },
    restore(state) {
      clear();
      for (const [name, resources] of Object.entries(state)) {
        const collection = parts.collections.find((candidate) => candidate.name === name);
        if (!collection) continue;
        for (const [index, resource] of resources.entries()) {
          const outcome = insert(collection, resource);
          if (outcome.kind !== 'stored') {
            clear();
            return { collection: name, index, outcome };
          }
        }
      }
      return undefined;
    },
    idle: () => persistence?.idle() ?? Promise.resolve(),
  };
  return store;
}

interface Shelf {
  resources: Map<string, JsonObject>;
  unique: UniqueIndex;
}

function shelfFor(collection: StoredCollection): Shelf {
  return { resources: new Map(), unique: createUniqueIndex(collection.uniqueProperties) };
}

function missing(collection: StoredCollection): never {
  throw new Error(`the store has no collection ${collection.name}`);
}

function sizeOf(resource: JsonObject): number {
  return Buffer.byteLength(JSON.stringify(resource));
}
