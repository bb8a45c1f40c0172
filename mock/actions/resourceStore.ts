import type { JsonObject } from '../../core/json/jsonObject';

/** How many resources the mock remembers; past it, the oldest is forgotten, so memory stays bounded. */
export const MAX_RESOURCES = 10_000;

/** The resources the mock's answers have made exist (a `create`'s 201), by ID, for the actions that read them. */
export interface ResourceStore {
  remember(id: string, resource: JsonObject): void;
  find(id: string): JsonObject | undefined;
}

export function createResourceStore(limit: number = MAX_RESOURCES): ResourceStore {
  // A Map iterates in insertion order: the first key is the oldest.
  const resources = new Map<string, JsonObject>();
  return {
    remember(id, resource) {
      resources.delete(id);
      resources.set(id, resource);
      if (resources.size > limit) resources.delete(resources.keys().next().value as string);
    },
    find: (id) => resources.get(id),
  };
}
