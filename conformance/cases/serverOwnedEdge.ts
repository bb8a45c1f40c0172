import fc from 'fast-check';
import { isObject, type JsonObject } from '../../core/json/jsonObject';
import type { Contract } from '../../core/spec/loadContract';
import type { SchemaValidator } from '../../core/spec/schemaValidator';
import { serverOwnedPropertyNames, successResponse } from '../checks/support/serverOwnedPropertyNames';
import { schemaArbitrary } from '../generators/schemaArbitrary';

/** A time no server's clock shows: an answer carrying it took it from the body, whatever its precision. */
export const PLANTED_TIME = '2001-02-03T04:05:06.789Z';

/**
 * `base` with a value for every property the server owns (its id, its times: see serverOwnedPropertyNames),
 * each one the response schema accepts, so that an answer which took them from the body (mass assignment:
 * `Object.assign(user, body)`) shows them. Undefined when the operation's answer has none, or `base` is no object.
 */
export function serverOwnedEdge(contract: Contract, base: unknown): JsonObject | undefined {
  const response = successResponse(contract.operation);
  if (!response?.schema || !isObject(base) || !isObject(response.schema.properties)) return undefined;
  const properties = response.schema.properties;
  const planted: JsonObject = { ...base };
  for (const name of serverOwnedPropertyNames(contract.operation, response)) {
    const value = Object.hasOwn(base, name) ? undefined : plantedValue(properties[name], contract.validator);
    if (value !== undefined) planted[name] = value;
  }
  return Object.keys(planted).length > Object.keys(base).length ? planted : undefined;
}

/**
 * A value of `schema` no server would give on its own: a date-time long past; else the schema's own example,
 * or the longest of a few generated values (a counter's `1` is exactly what to avoid).
 */
function plantedValue(schema: unknown, validator: SchemaValidator): unknown {
  if (!isObject(schema)) return undefined;
  if (schema.format === 'date-time') return PLANTED_TIME;
  const examples = [...(Array.isArray(schema.examples) ? schema.examples : []), schema.example];
  const valid = (value: unknown) => value !== undefined && validator.validate(schema, value).length === 0;
  const example = examples.find(valid);
  if (example !== undefined) return example;
  return generated(schema)
    .filter(valid)
    .sort((a, b) => JSON.stringify(b).length - JSON.stringify(a).length)[0];
}

/** A few values of `schema`, or none when the kit cannot generate them (a format it does not know). */
function generated(schema: JsonObject): unknown[] {
  try {
    return fc.sample(schemaArbitrary(schema, { pointer: '' }), { seed: 0, numRuns: 20 });
  } catch {
    return [];
  }
}
