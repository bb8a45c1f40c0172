import { defaultSpecPath } from '../../core/packageRoot';
import type { Spec } from '../../core/spec/loadSpec';
import { loadSpecCached } from '../../core/spec/loadSpecCached';

/**
 * The spec as `check` reads it: every bound of the safe loader, but no schema checked against the JSON Schema
 * meta-schema (compiling it would delay the first request by tens of ms). Full validation is `lint`'s; a schema
 * ajv cannot compile still stops the run with a SpecError.
 */
export function loadKitSpec(specPath = defaultSpecPath(), maxSpecBytes?: number): Spec {
  return loadSpecCached(specPath, {
    validateSchemas: false,
    ...(maxSpecBytes !== undefined ? { maxSpecBytes } : {}),
  });
}
