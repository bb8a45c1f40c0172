export type JsonObject = Record<string, unknown>;

/** A JSON object (not an array, not null). */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value when it is a JSON object, else an empty one: for reading optional parts of a document. */
export function asObject(value: unknown): JsonObject {
  return isObject(value) ? value : {};
}
