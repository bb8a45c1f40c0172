import { toPointer } from '../../../core/spec/jsonPointer';

/** The spec marks request properties that identify a resource (a server may refuse a taken one). */
export const UNIQUE_KEYWORD = 'x-lakesail-unique';

/** JSON Pointers (into a request body) of every property marked `x-lakesail-unique: true`, nested ones too. */
export function uniquePropertyPointers(schema: object, prefix: string[] = []): string[] {
  const properties = ((schema as { properties?: unknown }).properties ?? {}) as Record<string, object>;
  const pointers: string[] = [];
  for (const [name, propertySchema] of Object.entries(properties)) {
    if ((propertySchema as Record<string, unknown>)[UNIQUE_KEYWORD] === true) {
      pointers.push(toPointer([...prefix, name]));
    }
    pointers.push(...uniquePropertyPointers(propertySchema, [...prefix, name]));
  }
  return pointers;
}
