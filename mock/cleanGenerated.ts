import { isObject, type JsonObject } from '../core/json/jsonObject';
import { referenceTarget } from '../core/spec/referenceTarget';

/** Whether a value keeps a schema (the contract's validator). */
export type Fits = (schema: object, value: unknown) => boolean;

// What a cut-off recursion becomes: left out of its object or array.
const LEFT_OUT = Symbol('left out');

/**
 * Makes a body from Prism's dynamic generator plausible: it invents properties the schema does not
 * declare (json-schema-faker fills open objects) and dates between 1890 and 1969, in any order.
 * Undeclared properties are dropped, unless the schema declares what extra properties may be; every
 * `date-time` becomes `now`, so that no time is in the far past and none comes before another. A recursive
 * schema's cycle (a kept `$ref`) is followed as deep as the value goes; where the generator cut the recursion
 * short (an empty object missing required properties), the value is left out when its property is optional.
 */
export function cleanGenerated(schema: unknown, value: unknown, now: string, fits: Fits): unknown {
  const cleaned = clean(schema, value, now, fits);
  return cleaned === LEFT_OUT ? value : cleaned;
}

function clean(schema: unknown, value: unknown, now: string, fits: Fits): unknown {
  const target = referenceTarget(schema);
  if (target !== undefined) {
    const cleaned = clean(target, value, now, fits);
    return isObject(target) && !fits(target, cleaned) ? LEFT_OUT : cleaned;
  }
  if (!isObject(schema)) return value;
  if (Array.isArray(value)) {
    return value.map((item) => clean(schema.items, item, now, fits)).filter((item) => item !== LEFT_OUT);
  }
  if (typeof value === 'string' && schema.format === 'date-time') return now;
  if (!isObject(value) || !isObject(schema.properties)) return value;
  const declared = schema.properties;
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  const extrasDeclared = schema.additionalProperties !== undefined || schema.patternProperties !== undefined;
  const cleaned: JsonObject = {};
  for (const [name, item] of Object.entries(value)) {
    if (!(name in declared)) {
      if (extrasDeclared) cleaned[name] = item;
      continue;
    }
    const property = clean(declared[name], item, now, fits);
    if (property !== LEFT_OUT) cleaned[name] = property;
    else if (required.has(name)) cleaned[name] = item;
  }
  return cleaned;
}
