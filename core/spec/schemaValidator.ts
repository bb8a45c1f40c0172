import Ajv2020, { type ErrorObject } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { isStrictDateTime } from './strictDateTime';

/** One reason a value does not match a schema; `pointer` is the JSON Pointer into the value. */
export interface SchemaIssue {
  pointer: string;
  keyword: string;
  message: string;
  params: Record<string, unknown>;
}

export interface SchemaValidator {
  /** Every issue of `value` against `schema` (a dereferenced JSON Schema 2020-12 object); empty when valid. */
  validate(schema: object, value: unknown): SchemaIssue[];
}

// OpenAPI 3.1 adds these annotation keywords to JSON Schema 2020-12; they never affect validity.
const OPENAPI_ANNOTATIONS = ['example', 'discriminator', 'xml', 'externalDocs'];

/** One ajv (draft 2020-12, ajv-formats, strict RFC 3339 `date-time`) shared by every part of the kit. */
export function createSchemaValidator(): SchemaValidator {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, validateFormats: true });
  addFormats(ajv);
  ajv.addFormat('date-time', { type: 'string', validate: isStrictDateTime });
  ajv.addVocabulary(OPENAPI_ANNOTATIONS);

  const compiled = new WeakMap<object, ReturnType<typeof ajv.compile>>();
  // ajv.getKeyword() is false for keywords declared by name only, so remember which ones were declared.
  const declaredExtensions = new Set<string>();
  return {
    validate(schema, value) {
      let validateFn = compiled.get(schema);
      if (!validateFn) {
        for (const keyword of extensionKeywords(schema)) {
          if (declaredExtensions.has(keyword)) continue;
          ajv.addKeyword(keyword);
          declaredExtensions.add(keyword);
        }
        validateFn = ajv.compile(schema);
        compiled.set(schema, validateFn);
      }
      if (validateFn(value)) return [];
      return (validateFn.errors ?? []).map(toIssue);
    },
  };
}

// OpenAPI allows `x-` extensions anywhere; to strict ajv they are unknown keywords unless declared.
function extensionKeywords(schema: unknown, found = new Set<string>()): Set<string> {
  if (schema === null || typeof schema !== 'object') return found;
  for (const [key, value] of Object.entries(schema)) {
    if (key.startsWith('x-')) found.add(key);
    extensionKeywords(value, found);
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
