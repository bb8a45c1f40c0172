import type { JsonObject } from '../../core/json/jsonObject';

/** Who holds a value of a unique property: the property and value a resource may not take, and its holder. */
export interface Taken {
  property: string;
  value: unknown;
  holder: string;
}

/**
 * The values of a collection's `x-lakesail-unique` properties, each to the ID of the resource that has it, for
 * `--unique`. Letter case does not matter (`Ada@Example.com` is taken by `ada@example.com`): people type
 * usernames and addresses in any case, and a server that refuses a taken one compares them so.
 */
export interface UniqueIndex {
  /** The first unique value of `resource` that a resource other than `id` holds. */
  taken(resource: JsonObject, id: string): Taken | undefined;
  /** Records `resource`'s values for `id`, forgetting those of `previous` (its former version), if any. */
  hold(resource: JsonObject, id: string, previous?: JsonObject): void;
  clear(): void;
}

export function createUniqueIndex(properties: readonly string[]): UniqueIndex {
  const holders = new Map<string, Map<string, string>>(properties.map((name) => [name, new Map()]));
  return {
    taken(resource, id) {
      for (const [property, values] of holders) {
        const value = resource[property];
        if (value === undefined) continue;
        const holder = values.get(uniqueKey(value));
        if (holder !== undefined && holder !== id) return { property, value, holder };
      }
      return undefined;
    },
    hold(resource, id, previous) {
      for (const [property, values] of holders) {
        const before = previous?.[property];
        if (before !== undefined && values.get(uniqueKey(before)) === id) values.delete(uniqueKey(before));
        const value = resource[property];
        if (value !== undefined) values.set(uniqueKey(value), id);
      }
    },
    clear() {
      for (const values of holders.values()) values.clear();
    },
  };
}

/** The form two values are compared in: strings in lower case, anything else as its JSON. */
export function uniqueKey(value: unknown): string {
  return typeof value === 'string' ? value.toLowerCase() : `\u0000${JSON.stringify(value)}`;
}
