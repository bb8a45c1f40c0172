import { oncePerObject } from '../../core/oncePerObject';
import { childPointer, flattenSchema, isJsonObject, type JsonObject } from '../generators/flattenSchema';

/** A value inside a body and the (flattened) schema that governs it. */
export interface SchemaLocation {
  /** JSON Pointer into the body ('' for the body itself). */
  pointer: string;
  schema: JsonObject;
  value: unknown;
}

function flat(schema: unknown): JsonObject {
  if (schema === null || typeof schema !== 'object') return flattenSchema(schema, '');
  return flatOnce(schema);
}

const flatOnce = oncePerObject((schema: object) => flattenSchema(schema, ''));

/**
 * Every value of `body` a schema describes: the body, then (depth first) the declared properties present and
 * the items of arrays. Mutations, edge values and the nonce all find what to change here, so none of them
 * knows any property by name.
 */
export function schemaLocations(schema: unknown, body: unknown, pointer = ''): SchemaLocation[] {
  const current = flat(schema);
  const locations: SchemaLocation[] = [{ pointer, schema: current, value: body }];
  if (isJsonObject(body) && isJsonObject(current.properties)) {
    for (const [name, subschema] of Object.entries(current.properties)) {
      if (Object.hasOwn(body, name))
        locations.push(...schemaLocations(subschema, body[name], childPointer(pointer, name)));
    }
  } else if (Array.isArray(body) && current.items !== undefined) {
    body.forEach((item, index) => {
      locations.push(...schemaLocations(current.items, item, childPointer(pointer, index)));
    });
  }
  return locations;
}
