import { valueAtPointer } from '../../../core/spec/jsonPointer';
import type { Contract } from '../../../core/spec/loadContract';

/**
 * How a violation names a documented schema: the `$ref` the spec writes there (`#/components/schemas/User`),
 * else the schema's own location in the spec (`#/paths/...`).
 */
export function schemaLabel(contract: Contract, schemaPointer: string): string {
  const written = valueAtPointer(contract.raw, schemaPointer) as { $ref?: unknown } | undefined;
  return typeof written?.$ref === 'string' ? written.$ref : `#${schemaPointer}`;
}
