import { randomInt, randomUUID } from 'node:crypto';
import type { SchemaValidator } from '../core/spec/schemaValidator';

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

// The shapes of ID a server may assign, tried in order against the property's schema.
const ID_SHAPES: (() => string)[] = [
  () => {
    let id = '';
    for (let i = 0; i < 12; i++) id += ALPHANUMERIC[randomInt(ALPHANUMERIC.length)];
    return id;
  },
  () => randomUUID(),
];

/**
 * Fresh server-assigned IDs for string properties: the first ID shape the property's schema accepts
 * (12 upper-case letters and digits fit a `ResourceId`), or undefined when the schema accepts none.
 * 36^12 possible IDs make a repeat in one mock's lifetime negligible.
 */
export function createFreshIds(validator: SchemaValidator): (schema: object) => string | undefined {
  const chosen = new WeakMap<object, (() => string) | null>();
  return (schema) => {
    let shape = chosen.get(schema);
    if (shape === undefined) {
      shape = ID_SHAPES.find((make) => validator.validate(schema, make()).length === 0) ?? null;
      chosen.set(schema, shape);
    }
    return shape ? shape() : undefined;
  };
}
