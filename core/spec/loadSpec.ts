import type { JsonObject } from '../json/jsonObject';
import { defaultSpecPath } from '../packageRoot';
import { bundleSpec } from './bundleSpec';
import { checkOpenApiVersion } from './checkOpenApiVersion';
import { dereferenceSpec } from './dereferenceSpec';
import { extractOperations } from './extractOperations';
import type { OperationContract } from './operationContract';
import { createSchemaValidator, type SchemaValidator, type SchemaValidatorOptions } from './schemaValidator';
import { SPEC_LIMITS, type SpecLimits } from './specLimits';

/** A spec read once, safely: what the mock, the kit, lint and diff all work from. */
export interface Spec {
  specPath: string;
  /**
   * The spec as one document, as written: `$ref`s kept, each pointing inside it (the files it references are
   * under `x-lakesail-bundled`). JSON Pointers in messages point into it; it is what the mock hands Prism.
   */
  raw: JsonObject;
  /** Every `$ref` resolved; a cycle (a recursive schema) stays an absolute `urn:lakesail:spec#/...` `$ref`. */
  document: JsonObject;
  /** Every operation, in the document's order. */
  operations: readonly OperationContract[];
  validator: SchemaValidator;
}

export interface LoadSpecOptions extends SchemaValidatorOptions {
  /** Bytes of every file of the spec together; default 10 MiB. */
  maxSpecBytes?: number;
}

/**
 * Reads an OpenAPI 3.1 spec as untrusted input: bounded in size, aliases and nesting; every `$ref` confined to
 * the spec's own folder (checked before anything is opened); references resolved once, cycles kept finite.
 * Any problem is a one-line SpecError that never quotes a refused file. Full validation against the OpenAPI
 * schema is `lint`'s and `diff`'s (validateOpenApi), which need swagger-parser; this needs nothing heavy.
 */
export function loadSpec(specPath: string = defaultSpecPath(), options: LoadSpecOptions = {}): Spec {
  const limits: SpecLimits = { ...SPEC_LIMITS, maxBytes: options.maxSpecBytes ?? SPEC_LIMITS.maxBytes };
  const raw = bundleSpec(specPath, limits);
  checkOpenApiVersion(specPath, raw);
  const document = dereferenceSpec(specPath, raw, limits);
  const operations = Object.freeze(extractOperations(specPath, document));
  const validator = createSchemaValidator(raw, options);
  return Object.freeze({ specPath, raw, document, operations, validator });
}
