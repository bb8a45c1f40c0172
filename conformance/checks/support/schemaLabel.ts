import { valueAtPointer } from '../../../core/spec/jsonPointer';
import type { Spec } from '../../../core/spec/loadSpec';

/**
 * How a violation names a documented schema: the `$ref` the spec writes there (`#/components/schemas/User`),
 * else the schema's own location in the spec (`#/paths/...`).
 */
export function schemaLabel(spec: Spec, schemaPointer: string): string {
  const written = valueAtPointer(spec.raw, schemaPointer) as { $ref?: unknown } | undefined;
  return typeof written?.$ref === 'string' ? written.$ref : `#${schemaPointer}`;
}
