import Ajv2020, { type ErrorObject } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { oneLine, SpecError } from '../errors';
import { SPEC_URI } from './dereferenceSpec';
import { isStrictDateTime } from './strictDateTime';

/** One reason a value does not match a schema; `pointer` is the JSON Pointer into the value. */
export interface SchemaIssue {
  pointer: string;
  keyword: string;
  message: string;
  params: Record<string, unknown>;
}

export interface SchemaValidator {
  /**
   * Every issue of `value` against `schema` (a dereferenced JSON Schema 2020-12 object, whose cycles are
   * `urn:lakesail:spec#/...` references into the spec); empty when valid.
   */
  validate(schema: object, value: unknown): SchemaIssue[];
}

// OpenAPI 3.1 adds these annotation keywords to JSON Schema 2020-12; they never affect validity.
const OPENAPI_ANNOTATIONS = ['example', 'discriminator', 'xml', 'externalDocs'];
// The keys of an OpenAPI document, which holds the schemas that cycles refer back to.
const DOCUMENT_KEYS = [
  'openapi',
  'info',
  'jsonSchemaDialect',
  'servers',
  'paths',
  'webhooks',
  'components',
  'security',
  'tags',
];

export interface SchemaValidatorOptions {
  /**
   * Whether each schema is checked against the JSON Schema 2020-12 meta-schema before its first use (default
   * true). Compiling the meta-schema costs a run's start tens of ms; `check` leaves it to `lint`. A schema
   * ajv cannot compile is a SpecError either way.
   */
  validateSchemas?: boolean;
}

/**
 * One ajv (draft 2020-12, ajv-formats, strict RFC 3339 `date-time`) shared by every part of the kit. With the
 * bundled spec, a recursive schema's cycle (`urn:lakesail:spec#/...`) is validated against the spec itself.
 */
export function createSchemaValidator(
  bundledSpec?: object,
  options: SchemaValidatorOptions = {},
): SchemaValidator {
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    strictRequired: false,
    validateFormats: true,
    validateSchema: options.validateSchemas ?? true,
  });
  addFormats(ajv);
  ajv.addFormat('date-time', { type: 'string', validate: isStrictDateTime });
  ajv.addVocabulary(OPENAPI_ANNOTATIONS);
  // ajv.getKeyword() is false for keywords declared by name only, so remember which ones were declared.
  const declared = new Set<string>();
  const declare = (value: unknown) => {
    for (const keyword of extensionKeywords(value)) {
      if (declared.has(keyword)) continue;
      ajv.addKeyword(keyword);
      declared.add(keyword);
    }
  };
  if (bundledSpec) {
    ajv.addVocabulary(DOCUMENT_KEYS);
    declare(bundledSpec);
    // Not validated against the meta-schema: an OpenAPI document is not a schema, only holds them.
    ajv.addSchema(bundledSpec, SPEC_URI, undefined, false);
  }

  const compiled = new WeakMap<object, ReturnType<typeof ajv.compile>>();
  return {
    validate(schema, value) {
      let validateFn = compiled.get(schema);
      if (!validateFn) {
        declare(schema);
        validateFn = compile(ajv, schema);
        compiled.set(schema, validateFn);
      }
      if (validateFn(value)) return [];
      return (validateFn.errors ?? []).map(toIssue);
    },
  };
}

/** A schema ajv refuses (a malformed keyword, an unknown one) is the spec's fault: a one-line SpecError. */
function compile(ajv: Ajv2020, schema: object) {
  try {
    return ajv.compile(schema);
  } catch (error) {
    throw new SpecError(`a schema in the spec is not valid JSON Schema 2020-12: ${oneLine(error)}`);
  }
}

/** OpenAPI allows `x-` extensions anywhere; to strict ajv they are unknown keywords unless declared. */
function extensionKeywords(schema: unknown): Set<string> {
  const found = new Set<string>();
  const seen = new Set<object>();
  const stack = [schema];
  for (let value = stack.pop(); value !== undefined; value = stack.pop()) {
    if (value === null || typeof value !== 'object' || seen.has(value)) continue;
    seen.add(value);
    for (const [key, child] of Object.entries(value)) {
      if (key.startsWith('x-')) found.add(key);
      stack.push(child);
    }
  }
  return found;
}

function toIssue(error: ErrorObject): SchemaIssue {
  const pointer =
    error.keyword === 'required'
      ? `${error.instancePath}/${String((error.params as { missingProperty: string }).missingProperty)}`
      : error.instancePath;
  return {
    pointer,
    keyword: error.keyword,
    message: `${error.instancePath || '(root)'} ${error.message ?? 'is invalid'}`,
    params: error.params as Record<string, unknown>,
  };
}
