import { HTTP_METHODS } from '../core/spec/extractOperations';
import { toPointer, valueAtPointer } from '../core/spec/jsonPointer';
import type { Spec } from '../core/spec/loadSpec';
import type { LintProblem } from './lintProblem';

type JsonObject = Record<string, unknown>;

export interface ExampleCheckResult {
  checked: number;
  problems: LintProblem[];
}

/** Every example in the spec (media types, headers, parameters, schemas) matches the schema beside it. */
export function checkExamples(contract: Spec): ExampleCheckResult {
  const result: ExampleCheckResult = { checked: 0, problems: [] };
  const check = (schema: unknown, value: unknown, segments: (string | number)[], label: string) => {
    if (!isObject(schema)) return;
    result.checked += 1;
    for (const issue of contract.validator.validate(schema, value)) {
      result.problems.push({
        check: 'example-matches-schema',
        file: contract.specPath,
        pointer: toPointer(segments) + issue.pointer,
        message: `${label} does not match its schema: ${issue.message}`,
      });
    }
  };
  // Media types, headers and parameters: `example` or named `examples` against their `schema`.
  const visitHolder = (holder: JsonObject, segments: (string | number)[], label: string) => {
    if ('example' in holder)
      check(holder.schema, holder.example, [...segments, 'example'], `example of ${label}`);
    if (isObject(holder.examples)) {
      for (const [name, example] of Object.entries(holder.examples)) {
        if (isObject(example) && 'value' in example) {
          check(
            holder.schema,
            example.value,
            [...segments, 'examples', name, 'value'],
            `example "${name}" of ${label}`,
          );
        }
      }
    }
  };
  const paths = (contract.document.paths ?? {}) as Record<string, JsonObject>;
  for (const [pathTemplate, pathItem] of Object.entries(paths)) {
    // Parameters of the path item apply to each of its operations: checked once, where they are written.
    for (const [index, parameter] of ((pathItem.parameters ?? []) as JsonObject[]).entries()) {
      visitHolder(
        parameter,
        ['paths', pathTemplate, 'parameters', index],
        `parameter ${String(parameter.name)} of ${pathTemplate}`,
      );
    }
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method];
      if (!isObject(operation)) continue;
      const at = ['paths', pathTemplate, method];
      const name = `${method.toUpperCase()} ${pathTemplate}`;
      for (const [index, parameter] of ((operation.parameters ?? []) as JsonObject[]).entries()) {
        visitHolder(
          parameter,
          [...at, 'parameters', index],
          `parameter ${String(parameter.name)} of ${name}`,
        );
      }
      const requestContent = ((operation.requestBody as JsonObject | undefined)?.content ?? {}) as Record<
        string,
        JsonObject
      >;
      for (const [mediaType, media] of Object.entries(requestContent)) {
        visitHolder(
          media,
          [...at, 'requestBody', 'content', mediaType],
          `the ${mediaType} request of ${name}`,
        );
      }
      for (const [status, response] of Object.entries(
        (operation.responses ?? {}) as Record<string, JsonObject>,
      )) {
        for (const [mediaType, media] of Object.entries(
          (response.content ?? {}) as Record<string, JsonObject>,
        )) {
          visitHolder(
            media,
            [...at, 'responses', status, 'content', mediaType],
            `the ${status} ${mediaType} response of ${name}`,
          );
        }
        for (const [header, headerObject] of Object.entries(
          (response.headers ?? {}) as Record<string, JsonObject>,
        )) {
          visitHolder(
            headerObject,
            [...at, 'responses', status, 'headers', header],
            `header ${header} of the ${status} response of ${name}`,
          );
        }
      }
    }
  }
  // Schemas: their own `examples` list (and the deprecated `example`), at every depth of components. The walk
  // follows the spec as written, so an example of a schema that is $ref'd elsewhere is checked once, where it stands.
  const visitSchema = (written: JsonObject, segments: (string | number)[], label: string) => {
    const schema = valueAtPointer(contract.document, toPointer(segments));
    if (Array.isArray(written.examples)) {
      for (const [index, value] of written.examples.entries()) {
        check(schema, value, [...segments, 'examples', index], `example ${index} of ${label}`);
      }
    }
    if ('example' in written) check(schema, written.example, [...segments, 'example'], `example of ${label}`);
    for (const [property, propertySchema] of Object.entries(
      (written.properties ?? {}) as Record<string, unknown>,
    )) {
      if (isObject(propertySchema))
        visitSchema(propertySchema, [...segments, 'properties', property], `${label}.${property}`);
    }
    if (isObject(written.items)) visitSchema(written.items, [...segments, 'items'], `${label}[]`);
  };
  const writtenSchemas = ((contract.raw.components as JsonObject | undefined)?.schemas ?? {}) as Record<
    string,
    JsonObject
  >;
  for (const [name, schema] of Object.entries(writtenSchemas))
    visitSchema(schema, ['components', 'schemas', name], `schema ${name}`);
  return result;
}

function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
