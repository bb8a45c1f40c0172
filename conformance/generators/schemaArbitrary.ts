import fc from 'fast-check';
import { SpecError } from '../../core/errors';
import { referenceTarget } from '../../core/spec/referenceTarget';
import {
  childPointer,
  flattenSchema,
  isJsonObject,
  type JsonObject,
  mergeInto,
  typeList,
} from './flattenSchema';
import { formatArbitrary } from './formatArbitrary';

export interface SchemaArbitraryOptions {
  /** JSON Pointer of the schema in the spec, used in every error message. */
  pointer: string;
  /**
   * Names never used for unknown extra properties (the kit passes every property of the request and response
   * schemas); `__proto__` is never used either.
   */
  reservedPropertyNames?: Iterable<string>;
}

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;
// Arrays without maxItems stay small: size is not what the generated cases are about.
const EXTRA_ITEMS = 4;
// Probing a filtered arbitrary this many times finds out, without hanging, that its constraints cannot be met.
const PROBE_RUNS = 100;

// A recursive schema (`manager: {$ref: User}`) is followed this many times along one path, then its optional
// parts are left out: values stay finite and small.
const MAX_RECURSION = 2;

type Build = (schema: unknown, pointer: string) => fc.Arbitrary<unknown>;

/** A recursive schema was followed as deep as it may be: the part that asked for it is left out if it can be. */
class RecursionLimitReached extends Error {}

/**
 * A fast-check arbitrary of the values a dereferenced JSON Schema 2020-12 accepts. Every keyword maps to a
 * constraint (see SUPPORTED_KEYWORDS); annotations are ignored; anything else is a SpecError naming the keyword
 * and its JSON Pointer, thrown here, when the arbitrary is built, never while it generates.
 */
export function schemaArbitrary(schema: unknown, options: SchemaArbitraryOptions): fc.Arbitrary<unknown> {
  const reserved = new Set(options.reservedPropertyNames ?? []);
  reserved.add('__proto__');
  let depth = 0;
  const build: Build = (subschema, pointer) => {
    const recursive = referenceTarget(subschema) !== undefined;
    if (recursive && depth >= MAX_RECURSION) throw new RecursionLimitReached();
    if (recursive) depth++;
    try {
      return arbitraryOf(flattenSchema(subschema, pointer), pointer, build, reserved);
    } finally {
      if (recursive) depth--;
    }
  };
  try {
    return build(schema, options.pointer);
  } catch (error) {
    if (!(error instanceof RecursionLimitReached)) throw error;
    throw new SpecError(
      `recursive schema at ${options.pointer}: every value requires itself again, so none is finite`,
    );
  }
}

/** The arbitrary, or undefined when it would recurse past the limit. */
function unlessTooDeep<T>(make: () => fc.Arbitrary<T>): fc.Arbitrary<T> | undefined {
  try {
    return make();
  } catch (error) {
    if (error instanceof RecursionLimitReached) return undefined;
    throw error;
  }
}

function arbitraryOf(
  schema: JsonObject,
  pointer: string,
  build: Build,
  reserved: ReadonlySet<string>,
): fc.Arbitrary<unknown> {
  if (schema.anyOf !== undefined) {
    const { anyOf, ...rest } = schema;
    const branches = (anyOf as unknown[]).flatMap((branch, index) => {
      const branchPointer = childPointer(pointer, 'anyOf', index);
      const merged = { ...rest };
      mergeInto(merged, flattenSchema(branch, branchPointer), branchPointer);
      const arbitrary = unlessTooDeep(() => arbitraryOf(merged, pointer, build, reserved));
      return arbitrary ? [arbitrary] : [];
    });
    if (branches.length === 0) throw new RecursionLimitReached();
    return fc.oneof(...branches);
  }
  if ('const' in schema) return fc.constant(schema.const);
  const types = typeList(schema.type);
  if (schema.enum !== undefined) {
    const values = (schema.enum as unknown[]).filter(
      (value) => types.length === 0 || types.some((type) => hasType(value, type)),
    );
    if (values.length === 0) throw new SpecError(`no enum value at ${pointer} has the schema's type`);
    return fc.constantFrom(...values);
  }
  const kinds = types.length > 0 ? types : inferredTypes(schema);
  if (kinds.length === 0) return anyJsonValue();
  return fc.oneof(
    ...kinds.map((type) => {
      switch (type) {
        case 'string':
          return stringArbitrary(schema, pointer);
        case 'integer':
          return integerArbitrary(schema, pointer, 1);
        case 'number':
          return numberArbitrary(schema, pointer);
        case 'boolean':
          return fc.boolean();
        case 'null':
          return fc.constant(null);
        case 'array':
          return arrayArbitrary(schema, pointer, build);
        case 'object':
          return objectArbitrary(schema, pointer, build, reserved);
        default:
          throw new SpecError(`unknown type ${JSON.stringify(type)} at ${childPointer(pointer, 'type')}`);
      }
    }),
  );
}

/** Without `type`, the keywords present say which kinds of value are meant. */
function inferredTypes(schema: JsonObject): string[] {
  const has = (...keywords: string[]) => keywords.some((keyword) => keyword in schema);
  const types: string[] = [];
  if (has('properties', 'required', 'additionalProperties')) types.push('object');
  if (has('items', 'minItems', 'maxItems', 'uniqueItems')) types.push('array');
  if (has('minLength', 'maxLength', 'pattern', 'format')) types.push('string');
  if (has('minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf')) types.push('number');
  return types;
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    case 'null':
      return value === null;
    case 'array':
      return Array.isArray(value);
    case 'object':
      return isJsonObject(value);
    default:
      return typeof value === type;
  }
}

/** Small JSON values for schemas that accept anything. */
function anyJsonValue(): fc.Arbitrary<unknown> {
  return fc.oneof(fc.string(), fc.integer({ min: -1000, max: 1000 }), fc.boolean(), fc.constant(null));
}

function codePointLength(text: string): number {
  let length = 0;
  for (const _ of text) length++;
  return length;
}

/**
 * A length limit of the schema (`minLength`, `maxItems`, ...): JSON Schema makes it a non-negative integer, and
 * any other value (a spec `lint` would refuse) is a SpecError naming it, never a generator that spins or grows.
 */
function lengthLimit(schema: JsonObject, keyword: string, pointer: string): number | undefined {
  const value = schema[keyword];
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new SpecError(
      `${keyword} at ${pointer} must be a non-negative integer, got ${JSON.stringify(value)} (npx lakesail-contract lint names every such problem)`,
    );
  }
  return value;
}

function stringArbitrary(schema: JsonObject, pointer: string): fc.Arbitrary<string> {
  const minLength = lengthLimit(schema, 'minLength', pointer) ?? 0;
  const maxLength = lengthLimit(schema, 'maxLength', pointer);
  const pattern = schema.pattern === undefined ? undefined : new RegExp(schema.pattern as string, 'u');
  if (schema.format === undefined && pattern === undefined) {
    // Mostly printable ASCII, sometimes any code point (lengths count code points, as JSON Schema does).
    return fc.oneof(
      { weight: 4, arbitrary: fc.string({ minLength, maxLength }) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength, maxLength }) },
    );
  }
  const strings =
    schema.format !== undefined
      ? formatArbitrary(schema.format, pointer)
      : patternArbitrary(pattern as RegExp, maxLength, pointer);
  // fast-check's regex support is close to, not exactly, ajv's: every pattern is checked on the result too.
  const constrained = minLength > 0 || maxLength !== undefined || pattern !== undefined;
  if (!constrained) return strings;
  const fits = (text: string) => {
    const length = codePointLength(text);
    return (
      length >= minLength &&
      (maxLength === undefined || length <= maxLength) &&
      (!pattern || pattern.test(text))
    );
  };
  // A filter whose condition never holds would spin for ever; a fixed-seed probe turns that into an error.
  if (!fc.sample(strings, { seed: 0, numRuns: PROBE_RUNS }).some(fits)) {
    throw new SpecError(
      `cannot generate strings for ${pointer}: its format, pattern and length limits together are too narrow`,
    );
  }
  return strings.filter(fits);
}

function patternArbitrary(
  pattern: RegExp,
  maxLength: number | undefined,
  pointer: string,
): fc.Arbitrary<string> {
  try {
    return fc.stringMatching(pattern, { maxLength });
  } catch (error) {
    throw new SpecError(
      `unsupported pattern ${JSON.stringify(pattern.source)} at ${childPointer(pointer, 'pattern')}: the conformance ` +
        `kit cannot generate values for it (${error instanceof Error ? error.message : String(error)})`,
    );
  }
}

function integerArbitrary(schema: JsonObject, pointer: string, step: number): fc.Arbitrary<number> {
  const multipleOf = (schema.multipleOf as number | undefined) ?? step;
  if (!Number.isInteger(multipleOf) || multipleOf <= 0) {
    throw new SpecError(
      `unsupported multipleOf ${multipleOf} at ${childPointer(pointer, 'multipleOf')}: only whole numbers`,
    );
  }
  const bounds = numericBounds(schema);
  let low =
    bounds.min === undefined
      ? undefined
      : bounds.minExcluded
        ? Math.floor(bounds.min) + 1
        : Math.ceil(bounds.min);
  let high =
    bounds.max === undefined
      ? undefined
      : bounds.maxExcluded
        ? Math.ceil(bounds.max) - 1
        : Math.floor(bounds.max);
  low = low === undefined ? Math.min(INT32_MIN, high ?? 0) : low;
  high = high === undefined ? Math.max(INT32_MAX, low) : high;
  const first = Math.max(Math.ceil(low / multipleOf), Math.ceil(Number.MIN_SAFE_INTEGER / multipleOf));
  const last = Math.min(Math.floor(high / multipleOf), Math.floor(Number.MAX_SAFE_INTEGER / multipleOf));
  if (first > last) throw new SpecError(`no integer satisfies the limits at ${pointer}`);
  const factors =
    first >= INT32_MIN && last <= INT32_MAX
      ? fc.integer({ min: first, max: last })
      : fc.bigInt({ min: BigInt(first), max: BigInt(last) }).map(Number);
  return factors.map((factor) => factor * multipleOf);
}

function numberArbitrary(schema: JsonObject, pointer: string): fc.Arbitrary<number> {
  if (schema.multipleOf !== undefined) return integerArbitrary(schema, pointer, 1);
  const bounds = numericBounds(schema);
  return fc
    .double({
      min: bounds.min,
      max: bounds.max,
      minExcluded: bounds.minExcluded,
      maxExcluded: bounds.maxExcluded,
      noNaN: true,
      noDefaultInfinity: true,
      // JSON has no -0: the text would say 0 while the case's value says -0.
    })
    .map((value) => (value === 0 ? 0 : value));
}

function numericBounds(schema: JsonObject) {
  const minimum = schema.minimum as number | undefined;
  const exclusiveMinimum = schema.exclusiveMinimum as number | undefined;
  const maximum = schema.maximum as number | undefined;
  const exclusiveMaximum = schema.exclusiveMaximum as number | undefined;
  const minExcluded =
    exclusiveMinimum !== undefined && (minimum === undefined || exclusiveMinimum >= minimum);
  const maxExcluded =
    exclusiveMaximum !== undefined && (maximum === undefined || exclusiveMaximum <= maximum);
  return {
    min: minExcluded ? exclusiveMinimum : minimum,
    minExcluded,
    max: maxExcluded ? exclusiveMaximum : maximum,
    maxExcluded,
  };
}

function arrayArbitrary(schema: JsonObject, pointer: string, build: Build): fc.Arbitrary<unknown[]> {
  const minLength = lengthLimit(schema, 'minItems', pointer) ?? 0;
  const items =
    schema.items === undefined
      ? anyJsonValue()
      : unlessTooDeep(() => build(schema.items, childPointer(pointer, 'items')));
  if (items === undefined) {
    if (minLength > 0) throw new RecursionLimitReached();
    return fc.constant([]);
  }
  const maxLength = lengthLimit(schema, 'maxItems', pointer) ?? minLength + EXTRA_ITEMS;
  if (schema.uniqueItems === true) {
    return fc.uniqueArray(items, { minLength, maxLength, selector: (item) => JSON.stringify(item) });
  }
  return fc.array(items, { minLength, maxLength });
}

function objectArbitrary(
  schema: JsonObject,
  pointer: string,
  build: Build,
  reserved: ReadonlySet<string>,
): fc.Arbitrary<Record<string, unknown>> {
  const properties = (schema.properties ?? {}) as JsonObject;
  const required = (schema.required ?? []) as string[];
  const additional = schema.additionalProperties;
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, subschema] of Object.entries(properties)) {
    const arbitrary = unlessTooDeep(() => build(subschema, childPointer(pointer, 'properties', name)));
    if (arbitrary) model[name] = arbitrary;
    else if (required.includes(name)) throw new RecursionLimitReached();
  }
  const extraValues =
    additional === undefined || additional === true
      ? anyJsonValue()
      : additional === false
        ? undefined
        : build(additional, childPointer(pointer, 'additionalProperties'));
  for (const name of required) {
    if (name in model || name in properties) continue;
    if (!extraValues) throw new SpecError(`${pointer} requires "${name}" but allows no such property`);
    model[name] = extraValues;
  }
  const record = fc.record(model, {
    requiredKeys: required.filter((name) => name in model),
    noNullPrototype: true,
  });
  if (!extraValues) return record;
  const extraNames = fc
    .stringMatching(/^[a-z][a-zA-Z0-9]{0,11}$/)
    .filter((name) => !(name in model) && !reserved.has(name));
  const extras = fc.oneof(
    { weight: 3, arbitrary: fc.constant({}) },
    {
      weight: 1,
      arbitrary: fc.dictionary(extraNames, extraValues, { minKeys: 1, maxKeys: 3, noNullPrototype: true }),
    },
  );
  return fc.tuple(record, extras).map(([declared, extra]) => ({ ...declared, ...extra }));
}
