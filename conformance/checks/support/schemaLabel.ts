import { valueAtPointer } from '../../../core/spec/jsonPointer';
import type { Spec } from '../../../core/spec/loadSpec';

const labelsBySpec = new WeakMap<Spec, Map<string, string>>();

/**
 * How a violation names a documented schema: the `$ref` the spec writes there (`#/components/schemas/User`),
 * else the schema's own location in the spec (`#/paths/...`). Read once per schema of a spec: the check that
 * names it runs on every exchange.
 */
export function schemaLabel(spec: Spec, schemaPointer: string): string {
  let labels = labelsBySpec.get(spec);
  if (labels === undefined) {
    labels = new Map();
    labelsBySpec.set(spec, labels);
  }
  let label = labels.get(schemaPointer);
  if (label === undefined) {
    const written = valueAtPointer(spec.raw, schemaPointer) as { $ref?: unknown } | undefined;
    label = typeof written?.$ref === 'string' ? written.$ref : `#${schemaPointer}`;
    labels.set(schemaPointer, label);
  }
  return label;
}
