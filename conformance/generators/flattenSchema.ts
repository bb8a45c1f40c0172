import { SpecError } from '../../core/errors';
import { escapePointerSegment } from '../../core/spec/jsonPointer';
import { referenceTarget } from '../../core/spec/referenceTarget';

export type JsonObject = Record<string, unknown>;

/** Keywords that only describe a schema: they never change which values are valid, so generators skip them. */
const ANNOTATION_KEYWORDS = new Set([
  'title',
  'description',
  'examples',
  'example',
  'default',
  'deprecated',
  'readOnly',
  'writeOnly',
  'contentMediaType',
  'contentEncoding',
  '$comment',
  '$schema',
  '$id',
  '$anchor',
  '$defs',
  'discriminator',
  'xml',
  'externalDocs',
]);

/** The JSON Schema keywords the generators and mutations understand; any other keyword is refused. */
export const SUPPORTED_KEYWORDS: readonly string[] = [
  'type',
  'enum',
  'const',
  'properties',
  'required',
  'additionalProperties',
  'minLength',
  'maxLength',
  'pattern',
  'format',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'items',
  'minItems',
  'maxItems',
  'uniqueItems',
  'allOf',
  'anyOf',
];
const SUPPORTED = new Set(SUPPORTED_KEYWORDS);

const LOWER_BOUNDS = new Set(['minLength', 'minimum', 'exclusiveMinimum', 'minItems']);
const UPPER_BOUNDS = new Set(['maxLength', 'maximum', 'exclusiveMaximum', 'maxItems']);

/** JSON Pointer of a keyword (or a subschema) below the schema at `pointer`. */
export function childPointer(pointer: string, ...segments: (string | number)[]): string {
  return pointer + segments.map((segment) => `/${escapePointerSegment(segment)}`).join('');
}

export function isJsonObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * A dereferenced JSON Schema reduced to the keywords the kit understands: annotations dropped (`x-` extensions
 * kept, the kit reads `x-lakesail-unique`), `allOf` merged in. Any other keyword is a SpecError naming it and
 * its JSON Pointer, so a spec the kit cannot cover fails loudly instead of being half tested.
 */
export function flattenSchema(
  schema: unknown,
  pointer: string,
  following: Set<unknown> = new Set(),
): JsonObject {
  if (schema === true) return {};
  if (!isJsonObject(schema)) {
    // Its type only: a schema's text has no place in a message (it may be huge, or not meant to be read).
    const kind = schema === null ? 'null' : Array.isArray(schema) ? 'an array' : typeof schema;
    throw new SpecError(`unsupported schema (${kind}) at ${pointer}: the kit cannot generate values for it`);
  }
  const flat: JsonObject = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (keyword === '$ref') {
      // Followed below.
    } else if (keyword.startsWith('x-')) {
      flat[keyword] = value;
    } else if (SUPPORTED.has(keyword)) {
      if (keyword !== 'allOf') flat[keyword] = value;
    } else if (!ANNOTATION_KEYWORDS.has(keyword)) {
      throw new SpecError(
        `unsupported JSON Schema keyword "${keyword}" at ${childPointer(pointer, keyword)}: ` +
          `the conformance kit cannot generate values for it (supported: ${SUPPORTED_KEYWORDS.join(', ')})`,
      );
    }
  }
  if (schema.allOf !== undefined) {
    if (!Array.isArray(schema.allOf))
      throw new SpecError(`allOf must be a list at ${childPointer(pointer, 'allOf')}`);
    schema.allOf.forEach((member, index) => {
      mergeInto(
        flat,
        flattenSchema(member, childPointer(pointer, 'allOf', index), following),
        childPointer(pointer, 'allOf', index),
      );
    });
  }
  if (typeof schema.$ref !== 'string') return flat;
  // A kept reference closes a cycle (a recursive schema): its target, and the keywords beside it.
  const target = referenceTarget(schema);
  if (target === undefined || following.has(target)) {
    throw new SpecError(`unsupported $ref at ${pointer}: the kit cannot generate values for it`);
  }
  following.add(target);
  const resolved = flattenSchema(target, pointer, following);
  following.delete(target);
  mergeInto(resolved, flat, pointer);
  return resolved;
}

/** Merges `source` into `target` as `allOf` demands, for the simple cases; a conflict the kit cannot merge is a SpecError. */
export function mergeInto(target: JsonObject, source: JsonObject, pointer: string): void {
  for (const [keyword, value] of Object.entries(source)) {
    if (!(keyword in target)) {
      target[keyword] = value;
      continue;
    }
    const current = target[keyword];
    if (keyword === 'required') {
      target.required = [...new Set([...(current as string[]), ...(value as string[])])];
    } else if (keyword === 'properties') {
      const merged: JsonObject = { ...(current as JsonObject) };
      for (const [name, subschema] of Object.entries(value as JsonObject)) {
        merged[name] = name in merged ? { allOf: [merged[name], subschema] } : subschema;
      }
      target.properties = merged;
    } else if (keyword === 'items') {
      target.items = { allOf: [current, value] };
    } else if (keyword === 'type') {
      const types = typeList(value);
      const both = typeList(current).flatMap((type) => {
        if (types.includes(type)) return [type];
        if (type === 'number' && types.includes('integer')) return ['integer'];
        if (type === 'integer' && types.includes('number')) return ['integer'];
        return [];
      });
      if (both.length === 0) throw new SpecError(`allOf at ${pointer} asks for types that never overlap`);
      target.type = [...new Set(both)];
    } else if (LOWER_BOUNDS.has(keyword)) {
      target[keyword] = Math.max(current as number, value as number);
    } else if (UPPER_BOUNDS.has(keyword)) {
      target[keyword] = Math.min(current as number, value as number);
    } else if (keyword === 'uniqueItems') {
      target.uniqueItems = current === true || value === true;
    } else if (keyword === 'enum') {
      const allowed = new Set((value as unknown[]).map((item) => JSON.stringify(item)));
      target.enum = (current as unknown[]).filter((item) => allowed.has(JSON.stringify(item)));
    } else if (keyword.startsWith('x-')) {
      // An extension annotates; the first one seen wins.
    } else if (JSON.stringify(current) !== JSON.stringify(value)) {
      throw new SpecError(
        `allOf at ${pointer} combines two different "${keyword}" values; the kit cannot generate values for both`,
      );
    }
  }
}

/** The `type` keyword as a list (absent: an empty list). */
export function typeList(type: unknown): string[] {
  if (type === undefined) return [];
  return Array.isArray(type) ? (type as string[]) : [type as string];
}
